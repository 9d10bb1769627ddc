import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article/article.ts';
import { extractArticle } from '../core/article/extract-article.ts';
import { articleFromText } from '../core/article/article-from-text.ts';

export class InputError extends Error {}

const MAX_BYTES = 50 * 1024 * 1024;

/** Decodes page bytes: the BOM or <meta charset> decide; UTF-8 otherwise, with bad bytes replaced. */
export function decodeHtml(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset = head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function readPageFile(file: string): { kind: 'html' | 'text'; content: string } {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: no such file`);
  }
  if (size > MAX_BYTES) throw new InputError(`${file}: ${Math.round(size / 1048576)} MB is more than the 50 MB a page may be`);
  let bytes = readFileSync(file);
  if (file.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
    } catch (e) {
      throw new InputError(`${file}: not a readable gzip file (${(e as Error).message})`);
    }
  }
  const name = file.replace(/\.gz$/, '');
  if (name.endsWith('.txt')) return { kind: 'text', content: bytes.toString('utf8') };
  if (/\.x?html?$/.test(name)) return { kind: 'html', content: decodeHtml(bytes) };
  throw new InputError(`${file}: expected a .html, .html.gz or .txt file`);
}

export function articleFromPage(page: { kind: 'html' | 'text'; content: string }, url: string | null): Article {
  if (page.kind === 'text') return articleFromText(page.content, { url });
  const { document } = parseHTML(page.content);
  return extractArticle(document as unknown as Document, { url });
}
