import type { Outlet } from '../outlets/outlet.ts';
import type { PackArticle } from '../packs/pack.ts';

/** The one network primitive the live sources use: `fetch` itself in Node and in the worker, a stub in tests. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export const LIVE_SOURCES = ['gdelt', 'wikidata', 'factcheck', 'fetch'] as const;
export type LiveSourceName = (typeof LIVE_SOURCES)[number];

/** What one live source did in this run: the popup and `report.live` show it as is. */
export interface LiveSourceReport {
  name: LiveSourceName;
  ok: boolean;
  /** One plain sentence: what was found, or what went wrong. */
  message: string;
  /** Requests actually sent (cache hits send none). */
  requests: number;
  /** When the answer was fetched (ISO), or null when nothing was asked. */
  fetched: string | null;
}

/** A GDELT result judged to be about the same story as the article. */
export interface LiveCoverage {
  url: string;
  title: string;
  domain: string;
  lang: string;
  /** GDELT's first-seen time, ISO. */
  published: string | null;
  sourcecountry: string | null;
  /** How much of the result's headline the article's key terms account for (0–1). */
  score: number;
}

/** One ClaimReview found for a quote by Google Fact Check Tools. */
export interface FactCheck {
  /** The claim as the fact-checker worded it. */
  claim: string;
  claimant: string | null;
  claimDate: string | null;
  publisher: string;
  site: string | null;
  url: string;
  title: string | null;
  textualRating: string;
  reviewDate: string | null;
  languageCode: string | null;
}

export interface LiveResults {
  sources: LiveSourceReport[];
  coverage: LiveCoverage[];
  /** Coverage pages fetched and reduced to facts and fingerprints. */
  articles: PackArticle[];
  /** Outlet facts from Wikidata for a domain the packs do not know. */
  outlet: Outlet | null;
  /** Per quote of the article (same index): the fact-checks found for it. */
  factChecks: FactCheck[][];
}
