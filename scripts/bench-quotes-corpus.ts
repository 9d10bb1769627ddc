/**
 * Loads a corpus page by its key and returns the paragraphs the project's own extractor gives:
 * "ae:<key>" → ../shared/corpora/article-extraction/html/<key>.html.gz,
 * "rp:<slug>" → ../shared/corpora/readability-pages/<slug>/source.html.
 * The pages are read from the shared corpora at run time, never copied into the repository.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/core/article/extract-article.ts';

export const CORPORA = new URL('../../shared/corpora/', import.meta.url).pathname;

export function pageHtml(key: string): string {
  const [kind, name] = [key.slice(0, 2), key.slice(3)];
  if (kind === 'ae') return gunzipSync(readFileSync(`${CORPORA}article-extraction/html/${name}.html.gz`)).toString('utf8');
  if (kind === 'rp') return readFileSync(`${CORPORA}readability-pages/${name}/source.html`, 'utf8');
  throw new Error(`unknown corpus key ${key}`);
}

export function pageParagraphs(key: string): { paragraphs: string[]; lang: string } {
  const doc = parseHTML(pageHtml(key)).document as unknown as Document;
  const article = extractArticle(doc);
  return { paragraphs: article.paragraphs, lang: (article.lang ?? 'en').slice(0, 2) };
}

export function allKeys(): string[] {
  const ae = readdirSync(`${CORPORA}article-extraction/html`).map((f) => `ae:${f.replace(/\.html\.gz$/, '')}`);
  const rp = readdirSync(`${CORPORA}readability-pages`)
    .filter((d) => existsSync(`${CORPORA}readability-pages/${d}/source.html`))
    .map((d) => `rp:${d}`);
  return [...ae, ...rp];
}
