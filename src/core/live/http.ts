import type { Clock } from './clock.ts';
import type { FetchLike } from './types.ts';
import { LiveError } from './live-error.ts';
import { decodeBody, readBody } from './read-body.ts';
import { safeText } from './sanitize.ts';

export interface HttpSettings {
  timeoutMs: number;
  maxBytes: number;
  /** Extra attempts after the first, for 429, 5xx and dropped connections only. */
  retries: number;
  /** First backoff; doubled at each retry when the server gives no Retry-After. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the source gives up and says so. */
  maxRetryAfterMs: number;
}

export const DEFAULT_HTTP: HttpSettings = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, retries: 2, backoffMs: 1000, maxRetryAfterMs: 30_000 };

export interface HttpRequest {
  fetch: FetchLike;
  clock: Clock;
  settings: HttpSettings;
  headers?: Record<string, string>;
  /** Called before every attempt (a rate limiter's `take`), and told of a server's Retry-After. */
  beforeAttempt?: () => Promise<void>;
  onRetryAfter?: (ms: number) => void;
  /** Counts every request actually sent. */
  onRequest?: () => void;
}

export interface HttpAnswer {
  status: number;
  url: string;
  contentType: string | null;
  text: string;
}

/** Retry-After as seconds or an HTTP date, in ms; null when absent or unreadable. */
function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** One attempt: the fetch and the body read share one timeout. */
async function attempt(url: string, req: HttpRequest): Promise<{ res: Response; text: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), req.settings.timeoutMs);
  try {
    req.onRequest?.();
    const res = await req.fetch(url, { method: 'GET', headers: req.headers, signal: controller.signal, redirect: 'follow', credentials: 'omit' });
    const bytes = await readBody(res, req.settings.maxBytes);
    return { res, text: decodeBody(bytes, res.headers.get('content-type')) };
  } catch (e) {
    if (e instanceof LiveError) throw e;
    if (controller.signal.aborted) throw new LiveError('timeout', `no complete answer within ${seconds(req.settings.timeoutMs)} (timed out)`);
    const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
    throw new LiveError('network', `could not connect (${safeText(cause?.code ?? cause?.message ?? (e as Error)?.message, 120) || 'network error'})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The title of an HTML error page, so "502 Bad Gateway" reads as such and not as a parse error. */
export function htmlTitle(text: string): string | null {
  const m = text.slice(0, 4096).match(/<title[^>]*>([^<]{1,200})/i);
  return m ? safeText(m[1], 100) || null : null;
}

export function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*<(?:!doctype|html|head|body)/i.test(text);
}

function describeStatus(status: number, text: string, contentType: string | null): string {
  const title = looksLikeHtml(text, contentType) ? htmlTitle(text) : null;
  const kind = status >= 500 ? 'server error' : status === 404 ? 'not found' : 'refused the request';
  return `${kind} (HTTP ${status}${title ? `, page "${title}"` : ''})`;
}

/**
 * GET with a timeout, a body cap and retries where a retry can help: 429 (after Retry-After),
 * 5xx and dropped connections, with exponential backoff. Any other non-2xx fails at once.
 */
export async function httpGet(url: string, req: HttpRequest): Promise<HttpAnswer> {
  const { settings, clock } = req;
  let last: LiveError | null = null;
  for (let n = 0; n <= settings.retries; n++) {
    if (n > 0) {
      const wait = last?.kind === 'rate-limited' && last.status === 429 ? 0 : settings.backoffMs * 2 ** (n - 1);
      if (wait) await clock.sleep(wait);
    }
    await req.beforeAttempt?.();
    let answer: { res: Response; text: string };
    try {
      answer = await attempt(url, req);
    } catch (e) {
      const err = e as LiveError;
      // A dropped connection may be passing; a timeout or an oversized answer would only repeat.
      if (err.kind === 'network' || err.kind === 'truncated') {
        last = err;
        continue;
      }
      throw err;
    }
    const { res, text } = answer;
    const contentType = res.headers.get('content-type');
    if (res.status >= 200 && res.status < 300) return { status: res.status, url: res.url || url, contentType, text };
    const body = safeText(text, 2000);
    if (res.status === 429) {
      const after = retryAfterMs(res.headers.get('retry-after'), clock.now()) ?? settings.backoffMs * 2 ** n;
      if (after > settings.maxRetryAfterMs) throw new LiveError('rate-limited', `rate-limited (HTTP 429): the server asks to wait ${seconds(after)}; gave up`, 429, body);
      last = new LiveError('rate-limited', `rate-limited (HTTP 429) ${n + 1} times in a row; gave up`, 429, body);
      // With a rate limiter the limiter does the waiting (it also holds back other callers).
      if (req.onRetryAfter) req.onRetryAfter(after);
      else if (n < settings.retries) await clock.sleep(after);
      continue;
    }
    if (res.status >= 500) {
      last = new LiveError('http', `${describeStatus(res.status, text, contentType)} after ${n + 1} attempt${n ? 's' : ''}`, res.status, body);
      continue;
    }
    throw new LiveError('http', describeStatus(res.status, text, contentType), res.status, body);
  }
  throw last ?? new LiveError('network', 'no answer');
}
