/**
 * Story profiles for matching: which terms a story's coverage shares, weighted by how rare each
 * term is across stories (IDF over stories, not articles: what tells two stories about the same
 * people apart is the terms only one of them has — "missile" and "Erbil" against "airport" and
 * "drone" — while "Soleimani" in all four of the dev set's Iraq stories weighs little).
 *
 * Everything is ids and typed arrays: at 100,000 articles a Map per story and an array per term
 * took 25 s to build and ~400 MB (bench:match, format 1); see bench-results/match.json for now.
 */

/** The most salient terms of an article that are indexed (terms come most salient first). */
export const TERMS_PER_ARTICLE = 24;
/** Terms kept in a story's profile: enough for a story of a few dozen articles (dev set: 11–27). */
export const PROFILE_TERMS = 30;
/** Term entries pack a count in their low bits (PackedStory.terms). */
export const COUNT_BITS = 10;
export const COUNT_MASK = (1 << COUNT_BITS) - 1;
/** Ids must fit beside the count in 32 bits. */
export const MAX_TERMS = 2 ** (32 - COUNT_BITS);

export interface StoryIndex {
  storyCount: number;
  /** Term → id. */
  termIds: Map<string, number>;
  /** Per term id: number of stories whose coverage has it. */
  storyFrequency: Uint32Array;
  /** Story s's term entries (`id << COUNT_BITS | count`) are entries[entryStart[s] .. entryStart[s+1]). */
  entryStart: Uint32Array;
  entries: Uint32Array;
  /** Articles per story. */
  articleCount: Uint32Array;
  /** Story s's profile: profileTerm/profileWeight[profileStart[s] .. profileStart[s+1]). */
  profileStart: Uint32Array;
  profileTerm: Uint32Array;
  profileWeight: Float32Array;
  profileTotal: Float32Array;
  /** Term id t's profile postings: postingStory[postingStart[t] .. postingStart[t+1]). */
  postingStart: Uint32Array;
  postingStory: Uint32Array;
}

export const idfOf = (storyCount: number, frequency: number) => Math.log(1 + storyCount / (frequency + 0.5));

export function idf(index: StoryIndex, term: string): number {
  const id = index.termIds.get(term);
  return idfOf(index.storyCount, id === undefined ? 0 : index.storyFrequency[id]);
}

/** A story's term entries from its articles' terms (first TERMS_PER_ARTICLE of each), unranked. */
export function countTerms(articles: ReadonlyArray<readonly string[] | undefined>, intern: (t: string) => number): Uint32Array {
  const counts = new Map<number, number>();
  for (const terms of articles) {
    if (!terms) continue;
    const seen = new Set<number>();
    for (const t of terms.slice(0, TERMS_PER_ARTICLE)) {
      const id = intern(t);
      if (seen.has(id)) continue;
      seen.add(id);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const out = new Uint32Array(counts.size);
  let i = 0;
  for (const [id, k] of counts) out[i++] = (id << COUNT_BITS) | Math.min(k, COUNT_MASK);
  return out;
}

/** A term in one article of a larger story is that article's, not the story's. */
const minCount = (articles: number) => (articles >= 3 ? 2 : 1);

/**
 * Ranks entries in place, most distinctive for the story first: share of its articles × IDF
 * (ties by term, so packs build the same way twice).
 */
export function rankEntries(entries: Uint32Array, articles: number, frequency: (id: number) => number, storyCount: number, termOf: (id: number) => string): Uint32Array {
  const n = Math.max(1, articles);
  const score = (e: number) => ((e & COUNT_MASK) / n) * idfOf(storyCount, frequency(e >>> COUNT_BITS));
  const sorted = Array.from(entries).sort((a, b) => score(b) - score(a) || (termOf(a >>> COUNT_BITS) < termOf(b >>> COUNT_BITS) ? -1 : 1));
  entries.set(sorted);
  return entries;
}

/** Collects stories' entries (global ids), then computes frequencies, profiles and postings once. */
export class StoryIndexBuilder {
  readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  private stories: Array<{ entries: Uint32Array; articles: number; ranked: boolean }> = [];

  intern = (t: string): number => {
    let id = this.termIds.get(t);
    if (id === undefined) {
      id = this.terms.length;
      if (id >= MAX_TERMS) throw new Error(`more than ${MAX_TERMS} distinct terms`);
      this.termIds.set(t, id);
      this.terms.push(t);
    }
    return id;
  };

  /** `ranked`: the entries come ranked from `pack build`, so no sort is needed at load. */
  add(entries: Uint32Array, articles: number, ranked: boolean): void {
    this.stories.push({ entries, articles, ranked });
  }

  finish(): StoryIndex {
    const S = this.stories.length;
    const T = this.terms.length;
    const storyFrequency = new Uint32Array(T);
    const entryStart = new Uint32Array(S + 1);
    for (let s = 0; s < S; s++) {
      const e = this.stories[s].entries;
      entryStart[s + 1] = entryStart[s] + e.length;
      for (let i = 0; i < e.length; i++) storyFrequency[e[i] >>> COUNT_BITS]++;
    }
    const entries = new Uint32Array(entryStart[S]);
    const articleCount = new Uint32Array(S);
    const profileStart = new Uint32Array(S + 1);
    const profileTerm = new Uint32Array(S * PROFILE_TERMS);
    const profileWeight = new Float32Array(S * PROFILE_TERMS);
    const profileTotal = new Float32Array(S);
    const postingCount = new Uint32Array(T + 1);
    let p = 0;
    for (let s = 0; s < S; s++) {
      const story = this.stories[s];
      const e = story.ranked ? story.entries : rankEntries(story.entries, story.articles, (id) => storyFrequency[id], S, (id) => this.terms[id]);
      entries.set(e, entryStart[s]);
      articleCount[s] = story.articles;
      const n = Math.max(1, story.articles);
      const min = minCount(story.articles);
      let total = 0;
      for (let i = 0; i < e.length && p - profileStart[s] < PROFILE_TERMS; i++) {
        const k = e[i] & COUNT_MASK;
        if (k < min) continue;
        const id = e[i] >>> COUNT_BITS;
        const w = (k / n) * idfOf(S, storyFrequency[id]);
        profileTerm[p] = id;
        profileWeight[p++] = w;
        total += w;
        postingCount[id + 1]++;
      }
      profileStart[s + 1] = p;
      profileTotal[s] = total;
      this.stories[s] = undefined as never;
    }
    const postingStart = new Uint32Array(T + 1);
    for (let t = 0; t < T; t++) postingStart[t + 1] = postingStart[t] + postingCount[t + 1];
    const fill = postingStart.slice(0, T);
    const postingStory = new Uint32Array(p);
    for (let s = 0; s < S; s++) for (let i = profileStart[s]; i < profileStart[s + 1]; i++) postingStory[fill[profileTerm[i]]++] = s;
    this.stories = [];
    return {
      storyCount: S,
      termIds: this.termIds,
      storyFrequency,
      entryStart,
      entries,
      articleCount,
      profileStart,
      profileTerm: profileTerm.slice(0, p),
      profileWeight: profileWeight.slice(0, p),
      profileTotal,
      postingStart,
      postingStory,
    };
  }
}

/** The index of stories given as their articles' terms (tests, small packs). */
export function indexStories(stories: ReadonlyArray<ReadonlyArray<readonly string[]>>): StoryIndex {
  const b = new StoryIndexBuilder();
  for (const articles of stories) b.add(countTerms(articles, b.intern), articles.length, false);
  return b.finish();
}
