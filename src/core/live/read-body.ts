import { LiveError } from './live-error.ts';

const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;

/**
 * The body, read as a stream and cut off at `maxBytes`, so a huge answer costs at most that much
 * memory. A connection closed before the declared length is reported as truncated.
 */
export async function readBody(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new LiveError('too-large', `the answer is ${mb(declared)}, more than the ${mb(maxBytes)} allowed; not read`, res.status);
  }
  if (!res.body) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) throw new LiveError('too-large', `the answer is more than the ${mb(maxBytes)} allowed; cut off and ignored`, res.status);
    return bytes;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') throw e;
      throw new LiveError('truncated', `the connection closed before the answer was complete (${total} bytes received)`, res.status);
    }
    if (part.done) break;
    total += part.value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new LiveError('too-large', `the answer is more than the ${mb(maxBytes)} allowed; cut off and ignored`, res.status);
    }
    chunks.push(part.value);
  }
  if (Number.isFinite(declared) && declared > 0 && total < declared) {
    throw new LiveError('truncated', `the answer was cut off: ${total} of ${declared} bytes received`, res.status);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Text in the charset the server declares (UTF-8 otherwise), bad bytes replaced. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = contentType?.match(/charset=["']?([\w-]+)/i)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // Unknown label: UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
