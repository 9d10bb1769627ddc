import type { Outlet } from '../outlets/outlet.ts';

export const PACK_FORMAT = 1;

export interface PackHeader {
  format: number;
  id: string;
  title: string;
  version: string;
  publisher: string;
  license: string;
  homepage: string;
  created: string;
}

export interface PackQuote {
  text: string;
  speaker: string | null;
}

/** One coverage article: facts and fingerprints, never its full text. */
export interface PackArticle {
  url: string;
  domain: string;
  outlet: string;
  title: string;
  published: string | null;
  lang: string;
  /** News agency whose report this is, when the article credits one. */
  wire?: string | null;
  quotes: PackQuote[];
  /** Winnowed word 5-gram hashes of the article's text (see core/match/fingerprint.ts). */
  fp: number[];
  /** Token count of the text the fingerprints were computed from. */
  tokens: number;
  /** Salient terms (names, numbers, content words), folded, for story matching. */
  terms: string[];
}

export interface PackStory {
  id: string;
  title: string;
  summary?: string;
  date: string | null;
  articles: PackArticle[];
}

/** A fact-check of a claim, in schema.org ClaimReview terms. */
export interface ClaimReview {
  url: string;
  publisher: string;
  claimReviewed?: string;
  datePublished?: string;
  reviewRating: { alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
}

/** A normalised quote or claim, its speaker, how outlets worded it, and its fact-checks. */
export interface PackClaim {
  id: string;
  text: string;
  speaker?: string | null;
  lang?: string;
  story?: string;
  date?: string;
  variants?: Array<{ outlet: string; url?: string; text: string; lang?: string; published?: string }>;
  reviews?: ClaimReview[];
}

export interface Pack extends PackHeader {
  outlets?: Outlet[];
  stories?: PackStory[];
  claims?: PackClaim[];
}
