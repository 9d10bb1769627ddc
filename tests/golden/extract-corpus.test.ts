import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/article/extract-article.ts';
import { extractionPages, hasCorpora, parse, readabilityPages } from '../../scripts/bench-extract-corpus.ts';
import { pageCounts, scores } from '../../scripts/bench-extract-metric.ts';
import { agreement } from '../../scripts/bench-extract-metadata.ts';

/**
 * Golden floors on the shared corpora (read in place, never copied). Set a little under what the
 * extractor reaches (bench-results/extract.json): body F1 0.958, isArticle 0.964, lang 1.0 where
 * the page declares one, so that a change that loses quality fails here.
 */
describe.skipIf(!hasCorpora())('extraction on the shared corpora', () => {
  it('body F1 on the 131 article-extraction pages stays above 0.95', () => {
    const counts = extractionPages().map((p) => pageCounts(p.expected, readArticle(parse(p.html)).article.paragraphs.join('\n')));
    const s = scores(counts);
    expect(counts.length).toBe(131);
    expect(s.f1).toBeGreaterThan(0.95);
    expect(s.precision).toBeGreaterThan(0.945);
    expect(s.recall).toBeGreaterThan(0.95);
  });
  it('isArticle and language agree with the Readability pages', () => {
    const pairs = readabilityPages().map((p) => ({ ours: readArticle(parse(p.html)).article, expected: p.expected }));
    expect(agreement('isArticle', pairs).all).toBeGreaterThanOrEqual(0.95);
    expect(agreement('lang', pairs).defined).toBeGreaterThanOrEqual(0.97);
    expect(agreement('title', pairs).all).toBeGreaterThanOrEqual(0.8);
  });
});
