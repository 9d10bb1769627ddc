import type { Pack, PackArticle, PackStory } from './pack.ts';
import type { Outlet } from '../outlets/outlet.ts';
import { indexOutlets, type OutletIndex } from '../outlets/resolve-outlet.ts';
import { compareTokens } from '../text/normalize.ts';

export interface IndexedArticle extends PackArticle {
  storyId: string;
  fpSet: Set<number>;
  quoteTokens: string[][];
}

export interface IndexedStory {
  story: PackStory;
  articles: IndexedArticle[];
  /** Term → share of the story's articles that have it, for the terms most of them share. */
  profile: Map<string, number>;
  profileWeight: number;
}

export interface KnowledgeBase {
  outlets: OutletIndex;
  stories: IndexedStory[];
  /** Fingerprint hash → articles that have it (candidates for reuse and matching). */
  byHash: Map<number, IndexedArticle[]>;
  /** Term → stories whose profile has it. */
  byTerm: Map<string, IndexedStory[]>;
  packs: Array<{ id: string; title: string; version: string; outlets: number; stories: number; articles: number }>;
}

/** A story's profile: the 30 terms most of its articles share (in at least two, or 20%). */
function profileOf(articles: IndexedArticle[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of articles) for (const t of new Set(a.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const min = Math.max(2, Math.ceil(articles.length * 0.2));
  return new Map(
    [...df.entries()]
      .filter(([, n]) => n >= Math.min(min, articles.length))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 30)
      .map(([t, n]) => [t, n / articles.length]),
  );
}

/** Builds the in-memory indexes from validated packs. Later packs win for a repeated outlet domain. */
export function buildKnowledgeBase(packs: readonly Pack[]): KnowledgeBase {
  const outlets: Outlet[] = [];
  const stories: IndexedStory[] = [];
  const byHash = new Map<number, IndexedArticle[]>();
  const byTerm = new Map<string, IndexedStory[]>();
  for (const pack of packs) {
    outlets.push(...(pack.outlets ?? []));
    for (const story of pack.stories ?? []) {
      const articles = story.articles.map((a) => ({
        ...a,
        storyId: story.id,
        fpSet: new Set(a.fp),
        quoteTokens: a.quotes.map((q) => compareTokens(q.text)),
      }));
      const profile = profileOf(articles);
      const indexed: IndexedStory = { story, articles, profile, profileWeight: [...profile.values()].reduce((s, w) => s + w, 0) };
      stories.push(indexed);
      for (const a of articles) for (const h of a.fpSet) {
        const list = byHash.get(h);
        if (list) list.push(a);
        else byHash.set(h, [a]);
      }
      for (const t of profile.keys()) {
        const list = byTerm.get(t);
        if (list) list.push(indexed);
        else byTerm.set(t, [indexed]);
      }
    }
  }
  return {
    outlets: indexOutlets(outlets),
    stories,
    byHash,
    byTerm,
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
