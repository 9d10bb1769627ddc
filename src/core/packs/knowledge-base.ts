import { isPacked, type Pack, type PackArticle, type PackedArticle, type PackedPack, type PackQuote, type PackStory } from './pack.ts';
import type { Outlet } from '../outlets/outlet.ts';
import { indexOutlets, type OutletIndex } from '../outlets/resolve-outlet.ts';
import { compareTokens } from '../text/normalize.ts';
import { HashIndex, SAMPLE, SortedHashes, sampled } from '../match/hash-index.ts';
import { COUNT_BITS, COUNT_MASK, countTerms, StoryIndexBuilder, type StoryIndex } from '../match/story-index.ts';
import { decodePrefixU32, decodeU32, u32Count } from './base64-u32.ts';

export interface IndexedArticle extends PackArticle {
  /** Format 2: the fingerprint still in base64 (decoded by hashesOf when a page needs it). */
  packed?: string;
  storyId: string;
  /** Position of the article's story in KnowledgeBase.stories. */
  story: number;
}

export interface IndexedStory {
  /** The story's facts (its articles are in `articles`). */
  story: Omit<PackStory, 'articles'>;
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
const hashesCache = new WeakMap<object, SortedHashes>();
const quoteCache = new WeakMap<object, string[][]>();

function decodeAll(b64: string): Uint32Array {
  const a = new Uint32Array(u32Count(b64));
  decodeU32(b64, a);
  return a;
}

/** The article's fingerprint as a sorted set. */
export function hashesOf(article: IndexedArticle): SortedHashes {
  let s = hashesCache.get(article);
  if (!s) {
    const a = article.packed !== undefined ? decodeAll(article.packed) : Uint32Array.from(article.fp);
    a.sort();
    hashesCache.set(article, (s = new SortedHashes(a)));
  }
  return s;
}

/** The article's quotes as comparison tokens. */
export function quoteTokensOf(article: IndexedArticle): string[][] {
  let q = quoteCache.get(article);
  if (!q) quoteCache.set(article, (q = article.quotes.map((x) => compareTokens(x.text))));
  return q;
}

/**
 * A format-2 article: one class, so 100,000 of them share one hidden class and `fp` is decoded by
 * a getter on the prototype, not by a closure per object. The base64 fingerprint stays on the
 * object (`packed`) rather than in a WeakMap beside it: a weak table of 100,000 entries is work
 * for every garbage collection.
 */
class PackedIndexedArticle implements IndexedArticle {
  url: string;
  domain: string;
  outlet: string;
  title: string;
  published: string | null;
  lang: string;
  wire: string | null;
  quotes: PackQuote[];
  tokens: number;
  packed: string;
  // Format 2 keeps terms per story only (matching reads the story index).
  terms: string[] = [];
  constructor(
    a: PackedArticle,
    readonly storyId: string,
    readonly story: number,
  ) {
    this.url = a.url;
    this.domain = a.domain;
    this.outlet = a.outlet;
    this.title = a.title;
    this.published = a.published ?? null;
    this.lang = a.lang;
    this.wire = a.wire ?? null;
    this.quotes = a.quotes ?? [];
    this.tokens = a.tokens;
    this.packed = a.fp;
  }
  /** Only live reports and tests read a pack article's `fp`; matching uses hashesOf. */
  get fp(): number[] {
    return Array.from(decodeAll(this.packed));
  }
}

/** First and last day of a story's coverage; ISO dates compare as strings, so only two are parsed. */
function span(articles: ReadonlyArray<{ published: string | null }>): { first: number; last: number } {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const a of articles) {
    if (!a.published) continue;
    const d = a.published.slice(0, 10);
    if (lo === null || d < lo) lo = d;
    if (hi === null || d > hi) hi = d;
  }
  return { first: lo ? Date.parse(lo) : NaN, last: hi ? Date.parse(hi) : NaN };
}

const storyFacts = (s: { id: string; title: string; summary?: string; date: string | null }) => ({ id: s.id, title: s.title, summary: s.summary, date: s.date });

/** Builds the in-memory indexes from validated packs (format 1 or 2). Later packs win for a repeated outlet domain. */
export function buildKnowledgeBase(packs: ReadonlyArray<Pack | PackedPack>): KnowledgeBase {
  const outlets: Outlet[] = [];
  const stories: IndexedStory[] = [];
  const articles: IndexedArticle[] = [];
  const terms = new StoryIndexBuilder();
  let guess = 0;
  for (const pack of packs) for (const s of pack.stories ?? []) guess += s.articles.length;
  // ~190 winnowed hashes per article of ~500 words, a quarter sampled (bench:match).
  const byHash = new HashIndex(guess * 48);
  const scratch = new Uint32Array(1 << 16);
  for (const pack of packs) {
    outlets.push(...(pack.outlets ?? []));
    if (isPacked(pack)) {
      const local = Uint32Array.from(pack.terms, terms.intern);
      for (const story of pack.stories ?? []) {
        const index = stories.length;
        const own: IndexedArticle[] = new Array(story.articles.length);
        story.articles.forEach((a, j) => {
          const item = new PackedIndexedArticle(a, story.id, index);
          own[j] = item;
          // The sampled hashes come first in a packed fingerprint: only they are decoded here.
          const n = decodePrefixU32(a.fp, scratch, SAMPLE);
          for (let k = 0; k < n; k++) byHash.add(scratch[k], articles.length);
          articles.push(item);
        });
        const entries = new Uint32Array(u32Count(story.terms));
        decodeU32(story.terms, entries);
        let kept = 0;
        for (let k = 0; k < entries.length; k++) {
          const id = entries[k] >>> COUNT_BITS;
          if (id < local.length) entries[kept++] = (local[id] << COUNT_BITS) | (entries[k] & COUNT_MASK);
        }
        terms.add(entries.subarray(0, kept), own.length, true);
        stories.push({ story: storyFacts(story), articles: own, ...span(own) });
      }
    } else {
      for (const story of pack.stories ?? []) {
        const index = stories.length;
        const own: IndexedArticle[] = story.articles.map((a) => ({ ...a, storyId: story.id, story: index }));
        for (const a of own) {
          for (const h of a.fp) if (sampled(h)) byHash.add(h, articles.length);
          articles.push(a);
        }
        terms.add(countTerms(own.map((a) => a.terms), terms.intern), own.length, false);
        stories.push({ story: storyFacts(story), articles: own, ...span(own) });
      }
    }
  }
  return {
    outlets: indexOutlets(outlets),
    stories,
    articles,
    byHash,
    storyIndex: terms.finish(),
    packs: packs.map((p) => ({
      id: p.id,
      title: p.title,
      version: p.version,
      outlets: p.outlets?.length ?? 0,
      stories: p.stories?.length ?? 0,
      articles: (p.stories ?? []).reduce((n: number, s: { articles: unknown[] }) => n + s.articles.length, 0),
    })),
  };
}
