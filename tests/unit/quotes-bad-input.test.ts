import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.ts';

describe('bad input', () => {
  it('does not let an unbalanced mark swallow the following paragraphs', () => {
    const paragraphs = ['He said "this never closes and goes on', ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i} is ordinary text.`), '"A real quote here," Maria Gomez said.'];
    const quotes = findQuotes(paragraphs);
    expect(quotes.map((q) => q.text)).toEqual(['A real quote here']);
  });
  it('caps a quote that keeps running over lower-case paragraphs', () => {
    const paragraphs = ['"this opens and', ...Array.from({ length: 50 }, () => 'continues in lower case without end')];
    for (const q of findQuotes(paragraphs)) expect(q.parts.length).toBeLessThanOrEqual(8);
  });
  it('handles one 200 KB paragraph, a thousand quotes and mixed scripts without throwing', () => {
    const one = 'Лорем ипсум 東京 '.repeat(12_000);
    expect(() => findQuotes([one])).not.toThrow();
    const many = Array.from({ length: 1000 }, (_, i) => `"Quote number ${i} is here today," Ann Lee said.`);
    const quotes = findQuotes(many);
    expect(quotes).toHaveLength(1000);
    expect(quotes.every((q) => q.speaker === 'Ann Lee')).toBe(true);
  });
  it('stays bounded on a paragraph made only of marks', () => {
    const started = Date.now();
    findQuotes(['"“«„'.repeat(50_000)]);
    // Not a speed assertion: a quadratic scan would take minutes; this only catches that.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
