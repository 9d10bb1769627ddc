import type { Article } from './article.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import { cleanSpace } from '../text/normalize.ts';
import { readDateline } from './extract-article.ts';

/** A plain-text article: first line the headline, then paragraphs separated by blank lines. */
export function articleFromText(text: string, options: { url?: string | null; lang?: string | null; published?: string | null } = {}): Article {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map(cleanSpace).filter(Boolean);
  const [firstBlock = '', ...rest] = blocks;
  const [titleLine, ...firstRest] = firstBlock.split('\n');
  const paragraphs = [firstRest.join(' '), ...rest].map(cleanSpace).filter(Boolean);
  const body = paragraphs.join('\n\n');
  const lang = options.lang ?? detectLanguage(body);
  return {
    isArticle: body.length > 0,
    url: options.url ?? null,
    canonicalUrl: null,
    title: cleanSpace(titleLine ?? '') || null,
    byline: null,
    published: options.published ?? null,
    dateline: paragraphs[0] ? readDateline(paragraphs[0]) : null,
    lang,
    siteName: null,
    paragraphs,
    quotes: findQuotes(paragraphs, lang ?? 'en'),
  };
}
