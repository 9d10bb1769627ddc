/**
 * Online clustering of unlabelled articles into stories, for `pack build` without `story` labels.
 * One pass, each article joining the open cluster whose coverage explains it best (the same
 * two-sided term agreement as story matching, see match/match-story.ts) or opening a new one.
 * Memory is bounded by the clusters open within the date window, not by the input: clusters
 * whose newest article is WINDOW_DAYS older than the newest seen are closed.
 */
import { TERMS_PER_ARTICLE } from '../match/story-index.ts';

/**
 * Join threshold. On the dev set (npm run bench:stories, clustering line) 0.3 gave the best
 * pairwise F1; lower merges the same-actor stories days apart, higher splits Spanish coverage
 * from English.
 */
export const CLUSTER_THRESHOLD = 0.3;
const WINDOW_DAYS = 4;
const DAY = 86_400_000;

interface Cluster {
  id: number;
  n: number;
  counts: Map<string, number>;
  newest: number;
}

export class StoryClusterer {
  private open = new Map<number, Cluster>();
  private postings = new Map<string, Set<number>>();
  /** Articles seen with each term (the running document frequency for IDF). */
  private df = new Map<string, number>();
  private seen = 0;
  private nextId = 0;
  private newest = 0;

  constructor(private readonly threshold = CLUSTER_THRESHOLD) {}

  private idf(t: string): number {
    return Math.log(1 + (this.seen + 1) / ((this.df.get(t) ?? 0) + 0.5));
  }

  private score(c: Cluster, terms: readonly string[]): number {
    let total = 0;
    let explained = 0;
    for (const t of terms) {
      const w = this.idf(t);
      total += w;
      explained += w * Math.min(1, (2 * (c.counts.get(t) ?? 0)) / c.n);
    }
    const profile = [...c.counts.entries()]
      .filter(([, k]) => c.n < 3 || k >= 2)
      .map(([t, k]) => [t, (k / c.n) * this.idf(t)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30);
    const set = new Set(terms);
    let pTotal = 0;
    let covered = 0;
    for (const [t, w] of profile) {
      pTotal += w;
      if (set.has(t)) covered += w;
    }
    return Math.sqrt((total ? explained / total : 0) * (pTotal ? covered / pTotal : 0));
  }

  /** The cluster id for an article with these (salient-first) terms and date. */
  add(allTerms: readonly string[], published: string | null): number {
    const terms = allTerms.slice(0, TERMS_PER_ARTICLE);
    const t = published ? Date.parse(published.slice(0, 10)) : NaN;
    const when = Number.isNaN(t) ? this.newest : t;
    if (when > this.newest) {
      this.newest = when;
      this.evict();
    }
    const candidates = new Set<number>();
    for (const term of terms) for (const id of this.postings.get(term) ?? []) candidates.add(id);
    let best: Cluster | null = null;
    let bestScore = this.threshold;
    for (const id of candidates) {
      const c = this.open.get(id)!;
      if (Math.abs(c.newest - when) > WINDOW_DAYS * DAY) continue;
      const s = this.score(c, terms);
      if (s >= bestScore) {
        best = c;
        bestScore = s;
      }
    }
    this.seen++;
    for (const term of new Set(terms)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    if (!best) {
      best = { id: this.nextId++, n: 0, counts: new Map(), newest: when };
      this.open.set(best.id, best);
    }
    best.n++;
    best.newest = Math.max(best.newest, when);
    for (const term of new Set(terms)) {
      best.counts.set(term, (best.counts.get(term) ?? 0) + 1);
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = new Set()));
      p.add(best.id);
    }
    return best.id;
  }

  private evict() {
    for (const [id, c] of this.open) {
      if (this.newest - c.newest <= WINDOW_DAYS * DAY) continue;
      this.open.delete(id);
      for (const term of c.counts.keys()) {
        const p = this.postings.get(term);
        p?.delete(id);
        if (p && !p.size) this.postings.delete(term);
      }
    }
  }

  get openClusters(): number {
    return this.open.size;
  }
}
