import type { Article } from '../article/article.ts';
import type { PackArticle } from './pack.ts';
import { fingerprint } from '../match/fingerprint.ts';
import { salientTerms } from '../text/terms.ts';

/** Quotes longer than this are cut in a pack: packs carry short quotes, never other sites' text. */
const MAX_QUOTE = 400;

/**
 * An extracted article as a pack entry: facts, its quotes with speakers, fingerprints and salient
 * terms — never its text.
 */
export function packArticle(
  article: Article,
  facts: { url: string; domain: string; outlet: string; title?: string | null; published?: string | null; lang?: string | null; wire?: string | null },
): PackArticle {
  const text = article.paragraphs.join('\n\n');
  const title = facts.title || article.title || facts.url;
  const fp = fingerprint(text);
  return {
    url: facts.url,
    domain: facts.domain,
    outlet: facts.outlet,
    title,
    published: facts.published || article.published || null,
    lang: facts.lang || article.lang || 'und',
    wire: facts.wire ?? null,
    quotes: article.quotes.map((q) => ({ text: q.text.slice(0, MAX_QUOTE), speaker: q.speaker })),
    fp: fp.hashes,
    tokens: fp.tokens,
    terms: salientTerms(`${title}\n${text}`),
  };
}
