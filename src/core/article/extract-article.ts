import type { Article } from './article.ts';
import { readMetadata } from './metadata.ts';
import { extractBody, type BodyBlock } from './extract-body.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { findQuotes } from '../quotes/find-quotes.ts';

/** "WASHINGTON (Reuters) -", "Washington, January 7 (RHC)--", "MADRID, 6 ene (EFE).-" */
const DATELINE = /^([A-ZÁÉÍÓÚÑÇ][\p{L}.'’ -]{1,40}?)(?:,\s*[^()\n]{1,30}?)?\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|\.-)\s*/u;

export function readDateline(firstParagraph: string): string | null {
  const m = firstParagraph.match(DATELINE);
  if (!m) return null;
  const place = m[1].trim();
  // A dateline is a place in capitals or title case, never a sentence start like "The".
  if (place.split(/\s+/).length > 4) return null;
  return place
    .toLowerCase()
    .replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase());
}

export interface ExtractOptions {
  url?: string | null;
}

/** Reads the article in a document. Pure: never changes the document. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  return readArticle(doc, options).article;
}

/** The article and the elements its paragraphs come from (the content script anchors badges in them). */
export function readArticle(doc: Document, options: ExtractOptions = {}): { article: Article; blocks: BodyBlock[] } {
  const metadata = readMetadata(doc);
  const blocks = extractBody(doc, { articleBody: metadata.articleBody });
  const paragraphs = blocks.map((b) => b.text);
  const bodyText = paragraphs.join('\n\n');
  // A news brief can be one paragraph of a few hundred characters (the shortest in the
  // article-extraction corpus is 427); a page that declares itself an article needs less.
  const isArticle = bodyText.length >= 400 || (metadata.declaresArticle && bodyText.length >= 200);
  const lang = metadata.lang ?? detectLanguage(bodyText);
  const article: Article = {
    isArticle,
    url: options.url ?? null,
    canonicalUrl: metadata.canonicalUrl,
    title: metadata.title,
    byline: metadata.byline,
    published: metadata.published,
    dateline: paragraphs[0] ? readDateline(paragraphs[0]) : null,
    lang,
    siteName: metadata.siteName,
    paragraphs: isArticle ? paragraphs : [],
    quotes: isArticle ? findQuotes(paragraphs, lang ?? 'en') : [],
  };
  return { article, blocks };
}
