/**
 * Fingerprint hash → articles, for finding reuse candidates among packs of 100,000 articles.
 *
 * Only hashes ≡ 0 (mod SAMPLE) are indexed: a text that reuses a passage of another shares many
 * winnowed hashes with it (the seed page shares 60+ with its source), so a quarter of them still
 * finds the source, while the index takes a quarter of the memory (100,000 articles × ~100
 * hashes: ~10 MB of typed arrays instead of ~40 MB; a Map of arrays took ~600 MB). The exact share
 * is then measured against the candidate's full fingerprint set.
 */
export const SAMPLE = 4;

export const sampled = (h: number) => h % SAMPLE === 0;

export class HashIndex {
  private heads: Int32Array;
  private keys: Uint32Array;
  private values: Uint32Array;
  private next: Int32Array;
  private size = 0;
  private readonly mask: number;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    let buckets = 16;
    while (buckets < cap) buckets *= 2;
    this.mask = buckets - 1;
    this.heads = new Int32Array(buckets).fill(-1);
    this.keys = new Uint32Array(cap);
    this.values = new Uint32Array(cap);
    this.next = new Int32Array(cap);
  }

  private bucket(h: number): number {
    // The low bits are all zero for sampled hashes: mix before masking.
    return (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 7) & this.mask;
  }

  add(hash: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    const b = this.bucket(hash);
    this.keys[this.size] = hash;
    this.values[this.size] = value;
    this.next[this.size] = this.heads[b];
    this.heads[b] = this.size++;
  }

  /** Capacity is a first guess for packed packs (their sampled counts are known only once decoded). */
  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Uint32Array(cap);
    keys.set(this.keys);
    const values = new Uint32Array(cap);
    values.set(this.values);
    const next = new Int32Array(cap);
    next.set(this.next);
    this.keys = keys;
    this.values = values;
    this.next = next;
  }

  forEach(hash: number, fn: (value: number) => void): void {
    for (let i = this.heads[this.bucket(hash)]; i !== -1; i = this.next[i]) if (this.keys[i] === hash) fn(this.values[i]);
  }

  get entries(): number {
    return this.size;
  }
}

/** A sorted fingerprint array as a set (binary search), without building a Set per article. */
export class SortedHashes {
  constructor(readonly hashes: Uint32Array) {}
  get size(): number {
    return this.hashes.length;
  }
  has(h: number): boolean {
    const a = this.hashes;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] === h) return true;
      if (a[mid] < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  /** Hashes both sets have (merge of two sorted arrays). */
  shared(other: SortedHashes): number {
    const a = this.hashes;
    const b = other.hashes;
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) i++;
      else j++;
    }
    return n;
  }
}
