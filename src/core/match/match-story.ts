import type { IndexedStory, KnowledgeBase } from '../packs/knowledge-base.ts';
import { COUNT_BITS, COUNT_MASK, idfOf, TERMS_PER_ARTICLE, type StoryIndex } from './story-index.ts';

export interface StoryMatch {
  story: IndexedStory;
  score: number;
  termScore: number;
  reuseScore: number;
}

/**
 * Below this an article belongs to none of the packs' stories. Measured on the dev set
 * (npm run bench:stories, 90 articles, 6 stories; held-out article → own story / held-out story
 * → none / cross-lingual), with the headline factor below at 0.5: 0.19 → 94.4 / 98.9 / 98.9 %;
 * 0.17 → 94.4 / 90.0 / 100 %; 0.20 → 92.2 / 98.9 / 98.9 %; 0.22 → 87.8 / 98.9 / 96.7 %.
 * Both were chosen on this one small set; `pack build` on real coverage is the check that counts.
 */
export const MATCH_THRESHOLD = 0.19;
/**
 * Coverage of one event runs over a day or two past its last report; the same actors days later
 * are usually another event (dev set: the Iraq stories 2–5 days apart share their actors). The
 * score is kept within a day of the story's dates and cut by a third per day beyond.
 */
const DAY_DECAY = [1, 1, 0.7, 0.45, 0.3];
/** Stories scored in full per page, from the term index's best partial scores. */
const CANDIDATES = 24;
/**
 * A term in more than this share of stories does not nominate candidates (it still scores):
 * at 100,000 articles "government" would otherwise walk thousands of postings per page.
 */
const COMMON_POSTINGS = 0.05;

const DAY = 86_400_000;
/**
 * Share of the score that rests on the headline: the weighted share of the page's headline terms
 * the story's coverage has. Coverage of another event by the same people shares the actors but
 * not the headline's event words ("asylum", "parliament vote"). Dev set, held-out story → none:
 * weight 0 (threshold 0.22) → 81.1 % (17 articles matched to a related story); 0.3 (0.19) → 85.6 %;
 * 0.5 (0.19) → 98.9 %, at a cost of 4 held-out articles (98.9 → 94.4 %) whose headline takes an
 * angle the rest of their story's coverage does not.
 */
const TITLE_WEIGHT = 0.5;

/** Days from a date to the span of a story's coverage (0 inside it), or null when either is unknown. */
function daysOutside(published: string | null, story: IndexedStory): number | null {
  const t = published ? Date.parse(published.slice(0, 10)) : NaN;
  if (Number.isNaN(t)) return null;
  const { first, last } = story;
  if (Number.isNaN(first)) return null;
  return t < first ? (first - t) / DAY : t > last ? (t - last) / DAY : 0;
}

/**
 * How well a story explains an article, both ways: the share of the article's weighted terms its
 * coverage has (an article about another event brings terms the story lacks), and the share of
 * the story's profile the article has (a passing mention of the story's actors covers little of
 * it). The geometric mean needs both.
 */
/** Weighted share of the query's terms the story's coverage has (a term half of it has counts fully). */
function explainedShare(index: StoryIndex, s: number, query: ReadonlyMap<number, number>, queryTotal: number): number {
  if (!queryTotal) return 0;
  const n = Math.max(1, index.articleCount[s]);
  let explained = 0;
  // A term half the coverage has counts fully: coverage excerpts differ in length and angle.
  for (let i = index.entryStart[s]; i < index.entryStart[s + 1]; i++) {
    const e = index.entries[i];
    const w = query.get(e >>> COUNT_BITS);
    if (w !== undefined) explained += w * Math.min(1, (2 * (e & COUNT_MASK)) / n);
  }
  return explained / queryTotal;
}

function termScore(index: StoryIndex, s: number, query: ReadonlyMap<number, number>, queryTotal: number): number {
  const explained = explainedShare(index, s, query, queryTotal) * queryTotal;
  let covered = 0;
  for (let i = index.profileStart[s]; i < index.profileStart[s + 1]; i++) if (query.has(index.profileTerm[i])) covered += index.profileWeight[i];
  const articleSide = queryTotal ? explained / queryTotal : 0;
  const storySide = index.profileTotal[s] ? covered / index.profileTotal[s] : 0;
  return Math.sqrt(articleSide * storySide);
}

/**
 * The story an article belongs to, or null: term agreement (above) combined with the share of its
 * text found in the story's articles; a date far from the story's cuts the score (same actors,
 * another event).
 */
export function matchStory(
  kb: KnowledgeBase,
  terms: readonly string[],
  published: string | null,
  reuseByStory: ReadonlyMap<number, number>,
  threshold = MATCH_THRESHOLD,
  lang: string | null = null,
  titleTerms: readonly string[] = [],
): StoryMatch | null {
  const index = kb.storyIndex;
  if (!index.storyCount) return null;
  // Query terms by id; a term no story has still counts in the total (the article brings it).
  const query = new Map<number, number>();
  let queryTotal = 0;
  let unknown = 0;
  for (const t of new Set(terms.slice(0, TERMS_PER_ARTICLE))) {
    const id = index.termIds.get(t);
    const w = idfOf(index.storyCount, id === undefined ? 0 : index.storyFrequency[id]);
    queryTotal += w;
    if (id !== undefined) query.set(id, w);
    else unknown += w;
  }

  const title = new Map<number, number>();
  let titleTotal = 0;
  let titleUnknown = 0;
  for (const t of new Set(titleTerms)) {
    const id = index.termIds.get(t);
    const w = idfOf(index.storyCount, id === undefined ? 0 : index.storyFrequency[id]);
    titleTotal += w;
    if (id !== undefined) title.set(id, w);
    else titleUnknown += w;
  }

  const partial = new Map<number, number>();
  const common = Math.max(50, index.storyCount * COMMON_POSTINGS);
  for (const [t, w] of query) {
    const from = index.postingStart[t];
    const to = index.postingStart[t + 1];
    if (to - from > common) continue;
    for (let i = from; i < to; i++) {
      const s = index.postingStory[i];
      partial.set(s, (partial.get(s) ?? 0) + w);
    }
  }
  const candidates = [...partial.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, CANDIDATES)
    .map(([s]) => s);
  for (const s of reuseByStory.keys()) if (!candidates.includes(s)) candidates.push(s);

  let best: StoryMatch | null = null;
  for (const s of candidates) {
    const story = kb.stories[s];
    // Against coverage in other languages only, a term no pack has at all is most likely a word
    // the lexicon does not carry across (not evidence of another event): it is left out of the
    // total there.
    const foreign = lang !== null && !story.articles.some((a) => a.lang === lang);
    let ts = termScore(index, s, query, foreign ? queryTotal - unknown : queryTotal);
    if (titleTotal && TITLE_WEIGHT) ts *= 1 - TITLE_WEIGHT + TITLE_WEIGHT * explainedShare(index, s, title, foreign ? titleTotal - titleUnknown : titleTotal);
    const reuseScore = reuseByStory.get(s) ?? 0;
    let score = 1 - (1 - ts) * (1 - reuseScore);
    const apart = daysOutside(published, story);
    if (apart !== null) score *= DAY_DECAY[Math.min(DAY_DECAY.length - 1, Math.round(apart))];
    if (!best || score > best.score) best = { story, score, termScore: ts, reuseScore };
  }
  return best && best.score >= threshold ? best : null;
}
