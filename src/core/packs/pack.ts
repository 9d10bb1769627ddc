import type { Outlet } from '../outlets/outlet.ts';

/** Plain format: fingerprints and terms as JSON arrays (bundled packs, live packs, older packs). */
export const PACK_FORMAT = 1;
/**
 * Packed format (what `pack build` writes): each article's fingerprint is one base64 string of
 * little-endian uint32 (the hashes the reuse index samples first, then the rest, each run
 * ascending), articles carry no terms, and each story carries its coverage's term counts as ids
 * into the pack's `terms` list, ranked at build time. Measured on the 100,000-article bench pack
 * (npm run bench:match): format 1 is 310 MB and took 43 s to parse, validate and index.
 * Both formats are read.
 */
export const PACKED_FORMAT = 2;
export const PACK_FORMATS: readonly number[] = [PACK_FORMAT, PACKED_FORMAT];

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
  /** Format 1: PackStory; format 2: PackedStory (see isPacked). */
  stories?: PackStory[];
  claims?: PackClaim[];
}

/** A format-2 article: `fp` is base64 (see PACKED_FORMAT), no `terms`. */
export interface PackedArticle extends Omit<PackArticle, 'fp' | 'terms'> {
  fp: string;
}

export interface PackedStory extends Omit<PackStory, 'articles'> {
  /**
   * Base64 uint32 entries `termId << 10 | count` (count of the story's articles with the term
   * among their first TERMS_PER_ARTICLE, capped at 1023), most distinctive first.
   */
  terms: string;
  articles: PackedArticle[];
}

export interface PackedPack extends PackHeader {
  format: typeof PACKED_FORMAT;
  /** Term dictionary: story entries refer to terms by position. */
  terms: string[];
  outlets?: Outlet[];
  stories?: PackedStory[];
  claims?: PackClaim[];
}

export const isPacked = (pack: Pack | PackedPack): pack is PackedPack => pack.format === PACKED_FORMAT;

