import { extractArticle } from '../article/extract-article.ts';
import { fingerprint } from '../match/fingerprint.ts';
import type { PackArticle } from '../packs/pack.ts';
import { salientTerms } from '../text/terms.ts';
import { cachedAnswer, httpRequest, type LiveContext, type RequestCounter } from './context.ts';
import { fetchableHost } from './host-policy.ts';
import { httpGet, looksLikeHtml } from './http.ts';
import { LiveError } from './live-error.ts';
import { safeText, TITLE_MAX } from './sanitize.ts';
import type { LiveCoverage } from './types.ts';

/** A parser for untrusted HTML that runs no scripts (linkedom in Node; a DOMParser where one exists). */
export type ParseHtml = (html: string) => Document;

/** Pages fetched per article: each is a request to another outlet, so few, the most related first. */
export const MAX_PAGES = 5;
/** A news page with its markup is rarely over 1 MB; 3 MB leaves room and bounds memory. */
const MAX_PAGE_BYTES = 3 * 1024 * 1024;
const CACHE_MS = 86_400_000;
const MAX_QUOTES = 40;

/** One coverage page → facts and fingerprints (the pack format): its text is not kept. */
export function packArticleFrom(html: string, cov: LiveCoverage, parseHtml: ParseHtml): PackArticle {
  const article = extractArticle(parseHtml(html), { url: cov.url });
  const text = article.paragraphs.join('\n\n');
  if (!article.isArticle || !text) throw new LiveError('malformed', 'no article text found on the page');
  const fp = fingerprint(text);
  const title = safeText(article.title, TITLE_MAX) || cov.title;
  return {
    url: cov.url,
    domain: cov.domain,
    outlet: cov.domain,
    title,
    published: article.published ?? cov.published,
    lang: article.lang ?? cov.lang,
    wire: null,
    quotes: article.quotes.slice(0, MAX_QUOTES).map((q) => ({ text: safeText(q.text, 1000), speaker: q.speaker ? safeText(q.speaker, 200) : null })),
    fp: fp.hashes,
    tokens: fp.tokens,
    terms: salientTerms(`${title}\n${text}`),
  };
}

/**
 * Fetches the most related coverage pages and reduces each to a PackArticle, so their quotes
 * and text reuse can be compared with the article. Sends one plain GET per page (no cookies);
 * a page that fails is reported and the others still count.
 */
export async function fetchCoverage(
  coverage: readonly LiveCoverage[],
  ctx: LiveContext,
  counter: RequestCounter,
  parseHtml: ParseHtml,
  allowLoopback: boolean,
): Promise<{ articles: PackArticle[]; failures: string[]; attempted: number }> {
  const articles: PackArticle[] = [];
  const failures: string[] = [];
  const chosen = coverage.filter((c) => fetchableHost(c.url, allowLoopback));
  const refused = coverage.length - chosen.length;
  if (refused) failures.push(`${refused} address${refused === 1 ? '' : 'es'} not on a public web host, not fetched`);
  const pages = chosen.slice(0, MAX_PAGES);
  for (const cov of pages) {
    try {
      const article = await cachedAnswer(ctx, counter, `fetch:${cov.url}`, CACHE_MS, async () => {
        const answer = await httpGet(cov.url, httpRequest(ctx, counter, { headers: { accept: 'text/html,application/xhtml+xml' } }, { maxBytes: MAX_PAGE_BYTES, retries: 1 }));
        if (!fetchableHost(answer.url, allowLoopback)) throw new LiveError('refused', 'redirected off the public web; ignored');
        if (!looksLikeHtml(answer.text, answer.contentType)) throw new LiveError('malformed', `not an HTML page (${safeText(answer.contentType, 60) || 'no content type'})`);
        return packArticleFrom(answer.text, cov, parseHtml);
      });
      articles.push(article);
    } catch (e) {
      failures.push(`${cov.domain}: ${e instanceof LiveError ? e.message : safeText((e as Error)?.message, 200)}`);
    }
  }
  return { articles, failures, attempted: pages.length };
}
