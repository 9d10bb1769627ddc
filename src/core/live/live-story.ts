import { PACK_FORMAT, type Pack, type PackArticle, type PackStory } from '../packs/pack.ts';
import { urlKey } from '../match/same-url.ts';
import type { LiveCoverage, LiveResults } from './types.ts';
import { headlineTerms } from './relate.ts';

/** A result GDELT found but that was not fetched: its headline's terms stand in for its text. */
function fromCoverage(c: LiveCoverage): PackArticle {
  return { url: c.url, domain: c.domain, outlet: c.domain, title: c.title, published: c.published, lang: c.lang, wire: null, quotes: [], fp: [], tokens: 0, terms: headlineTerms(c.title) };
}

/** A stable id for the live story of one article: the same article gives the same id across runs. */
export function liveStoryId(title: string | null, published: string | null): string {
  let h = 0x811c9dc5;
  for (const ch of title ?? '') h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return `live-${(published ?? 'undated').slice(0, 10)}-${(h >>> 0).toString(36)}`;
}

/**
 * The live results as one pack story: fetched pages with their fingerprints and quotes, the
 * other related results with their headlines only. The worker can add it to its knowledge base
 * like any story pack; `withLive` uses it to corroborate quotes and measure reuse.
 */
export function liveStory(title: string | null, published: string | null, live: Pick<LiveResults, 'coverage' | 'articles'>): PackStory | null {
  const fetched = new Map(live.articles.map((a) => [urlKey(a.url), a]));
  const articles = live.coverage.map((c) => fetched.get(urlKey(c.url)) ?? fromCoverage(c));
  for (const a of live.articles) if (!articles.includes(a)) articles.push(a);
  if (!articles.length) return null;
  return { id: liveStoryId(title, published), title: title ?? articles[0].title, date: published?.slice(0, 10) ?? null, articles };
}

export function livePack(story: PackStory, fetched: string): Pack {
  return {
    format: PACK_FORMAT,
    id: 'live',
    title: 'Live sources',
    version: fetched,
    publisher: 'Backstory live sources (GDELT search, fetched coverage pages)',
    license: 'facts and fingerprints only',
    homepage: '',
    created: fetched.slice(0, 10),
    stories: [story],
  };
}
