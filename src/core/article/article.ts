import type { Quote } from '../quotes/quote.ts';

export interface Article {
  isArticle: boolean;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or datetime, or null. */
  published: string | null;
  /** Dateline place as printed ("Washington"), or null. */
  dateline: string | null;
  /** ISO 639-1 code, or null. */
  lang: string | null;
  siteName: string | null;
  paragraphs: string[];
  quotes: Quote[];
}
