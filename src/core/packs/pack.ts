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

export interface Pack extends PackHeader {
  outlets?: Outlet[];
  stories?: PackStory[];
}
