import { extractArticle } from '../../src/core/article/extract-article.ts';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export const SEED_HTML = new URL('../../../shared/fixtures/seed/radiohc-211284.html', import.meta.url).pathname;
export const SEED_URL = 'https://www.radiohc.cu/en/noticias/internacionales/211284-pentagon-insists-us-military-has-no-plans-to-leave-iraq';

export function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function seedDoc(): Document {
  return doc(readFileSync(SEED_HTML, 'utf8'));
}

/** A page with an article body made of the given paragraphs. */
export function page(paragraphs: string[], head = '', extra = ''): Document {
  return doc(`<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>${extra}</body></html>`);
}

/** The seed article as the extractor reads it, with its address. */
export function seedArticle() {
  return extractArticle(seedDoc(), { url: SEED_URL });
}
