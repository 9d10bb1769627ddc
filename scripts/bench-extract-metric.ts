/**
 * The article extraction benchmark's body metric, reproduced exactly (scrapinghub
 * article-extraction-benchmark, evaluate.py): `\w+` tokens (Python's Unicode \w: letters,
 * numbers, underscore), 4-token shingles counted as multisets, per-page tp/fp/fn normalised to
 * sum 1, precision and recall averaged over the pages where they are defined, F1 from the means.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // Like the original, a text shorter than one shingle still gives one (shorter) shingle.
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function pageCounts(expected: string, predicted: string): PageCounts {
  const truth = shingles(expected);
  const pred = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scores(pages: PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map((c) => c.tp / (c.tp + c.fp)));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map((c) => c.tp / (c.tp + c.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Per-page F1, to find the pages an extractor gets most wrong. */
export function pageF1(c: PageCounts): number {
  return c.tp + c.fp + c.fn === 0 ? 1 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}
