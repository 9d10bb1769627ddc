import type { IndexedStory, KnowledgeBase } from '../packs/knowledge-base.ts';

export interface StoryMatch {
  story: IndexedStory;
  score: number;
  termScore: number;
  reuseScore: number;
}

/** Below this an article belongs to none of the packs' stories (see tests/unit/match-story.test.ts). */
export const MATCH_THRESHOLD = 0.4;
/** Coverage of one event runs over a few days; the same actors a week later are another story. */
const MAX_DAYS_APART = 4;

function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ta = Date.parse(a.slice(0, 10));
  const tb = Date.parse(b.slice(0, 10));
  return Number.isNaN(ta) || Number.isNaN(tb) ? null : Math.abs(ta - tb) / 86_400_000;
}

/**
 * The story an article belongs to: how much of a story's profile (the terms most of its coverage
 * shares, canonicalised across languages) the article has, combined with the share of its text
 * found in the story's articles. A date far from the story's cuts the score: same actors, other event.
 */
export function matchStory(
  kb: KnowledgeBase,
  terms: readonly string[],
  published: string | null,
  reuseByStory: ReadonlyMap<string, number>,
): StoryMatch | null {
  const termSet = new Set(terms);
  const candidates = new Set<IndexedStory>();
  for (const t of termSet) for (const s of kb.byTerm.get(t) ?? []) candidates.add(s);
  for (const id of reuseByStory.keys()) {
    const s = kb.stories.find((x) => x.story.id === id);
    if (s) candidates.add(s);
  }
  let best: StoryMatch | null = null;
  for (const story of candidates) {
    let have = 0;
    for (const [t, w] of story.profile) if (termSet.has(t)) have += w;
    const termScore = story.profileWeight ? have / story.profileWeight : 0;
    const reuseScore = reuseByStory.get(story.story.id) ?? 0;
    let score = 1 - (1 - termScore) * (1 - reuseScore);
    const apart = daysApart(published, story.story.date);
    if (apart !== null && apart > MAX_DAYS_APART) score *= 0.3;
    if (!best || score > best.score) best = { story, score, termScore, reuseScore };
  }
  return best && best.score >= MATCH_THRESHOLD ? best : null;
}
