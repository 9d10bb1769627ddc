import { describe, expect, it } from 'vitest';
import { corroborate } from '../../src/core/match/corroborate.ts';
import { fingerprint, measureReuse } from '../../src/core/match/fingerprint.ts';
import { buildKnowledgeBase, hashesOf, type IndexedArticle } from '../../src/core/packs/knowledge-base.ts';
import { makePack } from '../../src/core/packs/compile-data.ts';
import { buildReport } from '../../src/core/report.ts';
import { articleFromText } from '../../src/core/article/article-from-text.ts';
import { compareTokens } from '../../src/core/text/normalize.ts';

const source = (url: string, lang: string, published: string, quotes: Array<[string, string | null]>, text = ''): IndexedArticle => {
  const fp = fingerprint(text);
  return { url, domain: new URL(url).hostname, outlet: new URL(url).hostname, title: url, published, lang, wire: null, quotes: quotes.map(([t, s]) => ({ text: t, speaker: s })), fp: fp.hashes, tokens: fp.tokens, terms: [], storyId: 's', story: 0 };
};
const q = (text: string, speaker: string | null = 'Ana Tolbert') => ({ text, speaker }) as Parameters<typeof corroborate>[0];

describe('quote corroboration', () => {
  const coverage = [
    source('https://b.example/2', 'en', '2031-03-03', [['Nobody will be left behind in Marisco', 'Ana Tolbert']]),
    source('https://a.example/1', 'en', '2031-03-02', [['We will rebuild, and nobody will be left behind in Marisco', 'Ana Tolbert']]),
    source('https://c.example/3', 'en', '2031-03-02', [['Nobody is going to be left behind here', 'Ana Tolbert']]),
    source('https://d.example/4', 'es', '2031-03-02', [['Nadie se quedará atrás en Marisco', 'Ana Tolbert']]),
  ];
  it('verbatim: same words, with every carrier and the earliest', () => {
    const c = corroborate(q('nobody will be left behind in Marisco'), 'en', coverage);
    expect(c.verdict).toBe('verbatim');
    expect(c.sources.filter((s) => s.relation === 'verbatim').map((s) => s.domain).sort()).toEqual(['a.example', 'b.example']);
    expect(c.earliest?.domain).toBe('a.example');
  });
  it('variant: other words, with the words that differ', () => {
    const c = corroborate(q('Nobody is going to be left behind in Marisco'), 'en', coverage.slice(2));
    expect(c.verdict).toBe('variant');
    const diff = c.sources[0].diff!;
    expect(diff.some((d) => d.op === 'removed' && /Marisco/.test(d.text))).toBe(true);
    expect(diff.some((d) => d.op === 'added' && /here/.test(d.text))).toBe(true);
  });
  it('a translation in another language is not a contradiction, and not a verbatim carrier', () => {
    const c = corroborate(q('Nobody will be left behind in Marisco'), 'en', [coverage[3]]);
    expect(c.verdict).toBe('uncorroborated');
    expect(c.sources).toHaveLength(0); // no shared content words across the language gap without names
    const named = corroborate(q('Marisco and Ostra will be rebuilt by Ostra engineers'), 'en', [source('https://e.example/5', 'es', '2031-03-02', [['Marisco y Ostra serán reconstruidas por ingenieros de Ostra', 'Ana Tolbert']])]);
    expect(named.sources[0]?.relation).toBe('translation');
    expect(named.verdict).toBe('uncorroborated');
  });
  it('uncorroborated when no coverage carries it', () => {
    expect(corroborate(q('The bridge will open in May'), 'en', coverage).verdict).toBe('uncorroborated');
  });
});

describe('text reuse', () => {
  const original = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of the Marisco report says the Velan dam spillway number ${i} cracked after heavy rain in the Ostra hills.`).join('\n\n');
  it('measures the share of this text found in a source, and its passages', () => {
    const copy = original.replace(/heavy rain/g, 'heavy rainfall');
    const m = measureReuse(compareTokens(copy), hashesOf(source('https://a.example/1', 'en', '2031-03-02', [], original)));
    expect(m.share).toBeGreaterThan(0.6);
    expect(m.passages.length).toBeGreaterThan(1);
    expect(measureReuse(compareTokens('An unrelated text about a football match in another town entirely, with no overlap at all.'), hashesOf(source('https://a.example/1', 'en', '2031-03-02', [], original))).share).toBe(0);
  });
  it('the report lists the source, which came first, through the sampled hash index', () => {
    const a = source('https://a.example/1', 'en', '2031-03-01', [], original);
    const kb = buildKnowledgeBase([makePack({ id: 't', title: 't', version: '1', publisher: 't', license: 't', homepage: '', created: '2031-01-01' }, { stories: [{ id: 's', title: 's', date: '2031-03-01', articles: [a] }] })]);
    const r = buildReport(articleFromText(`Dam report\n\n${original}`, { url: 'https://page.example/x', lang: 'en', published: '2031-03-02' }), kb, 'https://page.example/x');
    expect(r.reuse[0]).toMatchObject({ domain: 'a.example', earlier: true });
    expect(r.reuse[0].share).toBeGreaterThan(0.8);
  });
});

describe('k-gram hashes', () => {
  it('are the FNV-1a hashes of the space-joined grams that packs already hold', async () => {
    const { kgramHashes, kgramHashOf, K } = await import('../../src/core/match/fingerprint.ts');
    const tokens = 'el ejército de estados unidos no tiene planes de salir de irak dijo el pentágono'.split(' ');
    const expected = Array.from({ length: tokens.length - K + 1 }, (_, i) => kgramHashOf(tokens.slice(i, i + K)));
    expect(kgramHashes(tokens)).toEqual(expected);
  });
});
