import { compareTokens } from '../text/normalize.ts';

/**
 * Winnowing (Schleimer, Wilkerson & Aiken, SIGMOD 2003) over word k-grams.
 *
 * K = 5 words: shorter grams match stock phrases ("the united states has no"), longer ones
 * miss reuse that changes one word in five. W = 4: any shared run of W + K - 1 = 8 words is
 * guaranteed to leave at least one common fingerprint, and a text keeps ~2/(W+1) = 40% of
 * its k-gram hashes, which keeps packs small.
 */
export const K = 5;
export const W = 4;

/** 32-bit FNV-1a: fast, no dependency, collisions irrelevant at pack sizes (they only add noise). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hash of every k-gram, in text order (index i covers tokens i..i+K-1): FNV-1a of the tokens
 * joined by spaces, computed without building the joined string (the same values as
 * fnv1a(tokens.slice(i, i + K).join(' ')), which packs already hold). Building the strings was
 * the largest cost of buildReport in bench:match.
 */
export function kgramHashes(tokens: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + K <= tokens.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + K; j++) {
      if (j > i) h = Math.imul(h ^ 32, 0x01000193);
      const t = tokens[j];
      for (let c = 0; c < t.length; c++) h = Math.imul(h ^ t.charCodeAt(c), 0x01000193);
    }
    out.push(h >>> 0);
  }
  return out;
}

/** The k-gram hashes the old way, kept to pin the values packs hold (tests/unit/match-*.test.ts). */
export const kgramHashOf = (gram: readonly string[]): number => fnv1a(gram.join(' '));

/** The winnowed fingerprint set of a text: the rightmost minimum of every window of W hashes. */
export function winnow(hashes: readonly number[]): number[] {
  if (hashes.length === 0) return [];
  if (hashes.length <= W) return [Math.min(...hashes)];
  const picked = new Set<number>();
  let last = -1;
  for (let start = 0; start + W <= hashes.length; start++) {
    let min = start;
    for (let j = start + 1; j < start + W; j++) if (hashes[j] <= hashes[min]) min = j;
    if (min !== last) {
      picked.add(hashes[min]);
      last = min;
    }
  }
  return [...picked].sort((a, b) => a - b);
}

export interface Fingerprint {
  /** Number of comparison tokens in the text. */
  tokens: number;
  /** Winnowed k-gram hashes, sorted ascending, unique. */
  hashes: number[];
}

export function fingerprint(text: string): Fingerprint {
  const tokens = compareTokens(text);
  return { tokens: tokens.length, hashes: winnow(kgramHashes(tokens)) };
}

export interface ReuseMeasure {
  /** Fraction (0–1) of this text's tokens that fall in passages found in the source. */
  share: number;
  /** Token ranges [start, end) of this text that were found in the source. */
  passages: Array<[number, number]>;
}

/**
 * How much of a text (given as its tokens) appears in a source (given as its fingerprint set).
 * Every k-gram of the text whose hash the source kept marks its K tokens; gaps shorter than W
 * between marked runs are filled, since winnowing keeps only one hash per window of the source.
 */
export function measureReuse(
  tokens: readonly string[],
  source: { readonly size: number; has(hash: number): boolean },
  /** kgramHashes(tokens), when the caller measures against many sources. */
  hashes: readonly number[] = kgramHashes(tokens),
): ReuseMeasure {
  if (tokens.length === 0 || source.size === 0) return { share: 0, passages: [] };
  const marked = new Uint8Array(tokens.length);
  let any = false;
  for (let i = 0; i < hashes.length; i++) {
    if (source.has(hashes[i])) {
      marked.fill(1, i, i + K);
      any = true;
    }
  }
  if (!any) return { share: 0, passages: [] };
  const passages: Array<[number, number]> = [];
  let i = 0;
  while (i < marked.length) {
    if (!marked[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < marked.length && marked[end]) end++;
    const prev = passages[passages.length - 1];
    if (prev && i - prev[1] < W) prev[1] = end;
    else passages.push([i, end]);
    i = end;
  }
  // Winnowing keeps one hash per window, so a shared passage's first and last W - 1 tokens leave
  // no hash of their own: a passage long enough to be real reuse (W + K - 1 tokens, the length
  // winnowing guarantees to detect) is widened by up to W - 1 tokens each side, never into the
  // next passage. This over-counts at most 2(W - 1) tokens per passage; without it a text copied
  // whole measured ~85 % of itself.
  for (let p = 0; p < passages.length; p++) {
    const [a, b] = passages[p];
    if (b - a < W + K - 1) continue;
    const floor = p > 0 ? passages[p - 1][1] : 0;
    const ceil = p + 1 < passages.length ? passages[p + 1][0] : tokens.length;
    passages[p] = [Math.max(floor, a - (W - 1)), Math.min(ceil, b + (W - 1))];
  }
  const covered = passages.reduce((n, [a, b]) => n + (b - a), 0);
  return { share: covered / tokens.length, passages };
}
