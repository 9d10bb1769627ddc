/**
 * Story profiles for matching: which terms a story's coverage shares, weighted by how rare each
 * term is across stories (IDF over stories, not articles: what tells two stories about the same
 * people apart is the terms only one of them has — "missile" and "Erbil" against "airport" and
 * "drone" — while "Soleimani" in all four of the dev set's Iraq stories weighs little).
 */

/** The most salient terms of an article that are indexed (terms come most salient first). */
export const TERMS_PER_ARTICLE = 24;
/** Terms kept in a story's profile: enough for a story of a few dozen articles (dev set: 11–27). */
const PROFILE_TERMS = 30;

export interface StoryProfile {
  terms: string[];
  weights: Float32Array;
  total: number;
}

export interface StoryIndex {
  storyCount: number;
  /** Term → number of stories whose coverage has it. */
  storyFrequency: Map<string, number>;
  profiles: StoryProfile[];
  /** Profile term → stories (positions) whose profile has it. */
  postings: Map<string, number[]>;
  /** Each story's articles' indexed terms. */
  articleTerms: string[][][];
}

export function idf(index: StoryIndex, term: string): number {
  return Math.log(1 + index.storyCount / ((index.storyFrequency.get(term) ?? 0) + 0.5));
}

export function indexStories(stories: ReadonlyArray<ReadonlyArray<readonly string[]>>): StoryIndex {
  const articleTerms = stories.map((articles) => articles.map((t) => t.slice(0, TERMS_PER_ARTICLE)));
  const storyFrequency = new Map<string, number>();
  const counts = articleTerms.map((articles) => {
    const c = new Map<string, number>();
    for (const terms of articles) for (const t of terms) c.set(t, (c.get(t) ?? 0) + 1);
    for (const t of c.keys()) storyFrequency.set(t, (storyFrequency.get(t) ?? 0) + 1);
    return c;
  });
  const index: StoryIndex = { storyCount: stories.length, storyFrequency, profiles: [], postings: new Map(), articleTerms };
  counts.forEach((c, s) => {
    const n = Math.max(1, articleTerms[s].length);
    // A term in one article of a larger story is that article's, not the story's.
    const min = n >= 3 ? 2 : 1;
    const ranked = [...c.entries()]
      .filter(([, k]) => k >= min)
      .map(([t, k]) => [t, (k / n) * idf(index, t)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, PROFILE_TERMS);
    const weights = Float32Array.from(ranked.map(([, w]) => w));
    index.profiles.push({ terms: ranked.map(([t]) => t), weights, total: weights.reduce((x, y) => x + y, 0) });
    for (const [t] of ranked) {
      const list = index.postings.get(t);
      if (list) list.push(s);
      else index.postings.set(t, [s]);
    }
  });
  return index;
}
