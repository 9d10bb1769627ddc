import type { Pack, PackArticle, PackStory } from './pack.ts';
import type { Outlet } from '../outlets/outlet.ts';
import { indexOutlets, type OutletIndex } from '../outlets/resolve-outlet.ts';
import { compareTokens } from '../text/normalize.ts';
import { HashIndex, SortedHashes, sampled } from '../match/hash-index.ts';
import { indexStories, type StoryIndex } from '../match/story-index.ts';

export interface IndexedArticle extends PackArticle {
  storyId: string;
  /** Position of the article's story in KnowledgeBase.stories. */
  story: number;
}

export interface IndexedStory {
  story: PackStory;
  articles: IndexedArticle[];
  /** First and last publication day of its coverage (ms), NaN when no article is dated. */
  first: number;
  last: number;
}

export interface KnowledgeBase {
  outlets: OutletIndex;
  stories: IndexedStory[];
  articles: IndexedArticle[];
  /** Sampled fingerprint hash → position in `articles` (candidates for reuse). */
  byHash: HashIndex;
  /** Story profiles and the term → stories index for matching. */
  storyIndex: StoryIndex;
  packs: Array<{ id: string; title: string; version: string; outlets: number; stories: number; articles: number }>;
}

// Per-article derived data is computed on first use, not at load: a page touches a few dozen of
// 100,000 articles, and load time is a budget (< 300 ms).
const hashesCache = new WeakMap<PackArticle, SortedHashes>();
const quoteCache = new WeakMap<PackArticle, string[][]>();

/** The article's fingerprint as a sorted set. */
export function hashesOf(article: PackArticle): SortedHashes {
  let s = hashesCache.get(article);
  if (!s) {
    const a = Uint32Array.from(article.fp);
    a.sort();
    hashesCache.set(article, (s = new SortedHashes(a)));
  }
  return s;
}

/** The article's quotes as comparison tokens. */
export function quoteTokensOf(article: PackArticle): string[][] {
  let q = quoteCache.get(article);
  if (!q) quoteCache.set(article, (q = article.quotes.map((x) => compareTokens(x.text))));
  return q;
}

/** Builds the in-memory indexes from validated packs. Later packs win for a repeated outlet domain. */
export function buildKnowledgeBase(packs: readonly Pack[]): KnowledgeBase {
  const outlets: Outlet[] = [];
  const stories: IndexedStory[] = [];
  const articles: IndexedArticle[] = [];
  let sampledCount = 0;
  for (const pack of packs) {
    outlets.push(...(pack.outlets ?? []));
    for (const story of pack.stories ?? []) {
      const index = stories.length;
      const own = story.articles.map((a) => ({ ...a, storyId: story.id, story: index }));
      let first = NaN;
      let last = NaN;
      for (const a of own) {
        const d = a.published ? Date.parse(a.published.slice(0, 10)) : NaN;
        if (Number.isNaN(d)) continue;
        if (!(d >= first)) first = d;
        if (!(d <= last)) last = d;
      }
      stories.push({ story, articles: own, first, last });
      for (const a of own) {
        articles.push(a);
        for (const h of a.fp) if (sampled(h)) sampledCount++;
      }
    }
  }
  const byHash = new HashIndex(sampledCount);
  articles.forEach((a, i) => {
    for (const h of a.fp) if (sampled(h)) byHash.add(h, i);
  });
  return {
    outlets: indexOutlets(outlets),
    stories,
    articles,
    byHash,
    storyIndex: indexStories(stories.map((s) => s.articles.map((a) => a.terms))),
    packs: packs.map((p) => ({
      id: p.id,
      title: p.title,
      version: p.version,
      outlets: p.outlets?.length ?? 0,
      stories: p.stories?.length ?? 0,
      articles: (p.stories ?? []).reduce((n, s) => n + s.articles.length, 0),
    })),
  };
}
