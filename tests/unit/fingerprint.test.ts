import { describe, expect, it } from 'vitest';
import { fingerprint, measureReuse, winnow, kgramHashes } from '../../src/core/match/fingerprint.ts';
import { compareTokens } from '../../src/core/text/normalize.ts';
import { diffWords } from '../../src/core/match/diff-words.ts';

const A = 'The United States has no plans to pull out militarily from Iraq, Defense Secretary Mark Esper told Pentagon reporters on Monday, following reports of a letter about preparations for a withdrawal.';
const B = 'Elsewhere, the weather in Madrid stayed cold and dry for the whole week while markets rose slightly on Friday.';

describe('winnowing fingerprints and reuse', () => {
  it('finds a text in itself whole, and unrelated text not at all', () => {
    const fp = new Set(fingerprint(A).hashes);
    expect(measureReuse(compareTokens(A), fp).share).toBe(1);
    expect(measureReuse(compareTokens(B), fp).share).toBe(0);
  });
  it('ignores case, curly quotes, "U.S." vs "US" and British spellings', () => {
    const fp = new Set(fingerprint('The U.S. defence chief said “no”, and the U.S. military agreed with the defence chief today.').hashes);
    expect(measureReuse(compareTokens('the us defense chief said "no", and the US military agreed with the Defense chief today'), fp).share).toBe(1);
  });
  it('measures the share of a text found in a source', () => {
    const fp = new Set(fingerprint(A).hashes);
    const share = measureReuse(compareTokens(`${A} ${B}`), fp).share;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.75);
  });
  it('keeps one hash per window at least', () => {
    const hashes = kgramHashes(compareTokens(A));
    expect(winnow(hashes).length).toBeGreaterThanOrEqual(Math.floor(hashes.length / 4));
  });
});

describe('word diff of quote variants', () => {
  it('marks what a source adds or leaves out, not punctuation', () => {
    const { ops, similarity } = diffWords("Poorly worded, implies withdrawal. That's not what's happening", "poorly worded, implies withdrawal, that is not what's happening");
    expect(ops.filter((o) => o.op !== 'same').map((o) => `${o.op}:${o.text}`)).toEqual(["removed:That's", 'added:that is']);
    expect(similarity).toBeGreaterThan(0.7);
  });
});
