import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/core/article/article-from-text.ts';
import { packArticle } from '../../src/core/packs/pack-article.ts';
import { buildKnowledgeBase } from '../../src/core/packs/knowledge-base.ts';
import { makePack } from '../../src/core/packs/compile-data.ts';
import { buildReport } from '../../src/core/report.ts';
import { canonicalTerm } from '../../src/core/text/terms.ts';
import type { PackArticle } from '../../src/core/packs/pack.ts';

// Invented coverage: two stories with the same actors two days apart, in English and Spanish.
const FLOOD = [
  ['https://a.example/flood-1', 'en', '2031-03-02', 'River Velan floods Marisco after dam fails\n\nThe Velan dam near Marisco failed on Sunday, flooding the lower town. Mayor Ana Tolbert said 1,200 people were evacuated.\n\nEngineers from the Ostra water authority said the spillway had cracked.'],
  ['https://b.example/flood-2', 'en', '2031-03-02', 'Dam failure floods Marisco\n\nFloodwater from the failed Velan dam covered Marisco on Sunday. Mayor Ana Tolbert ordered 1,200 residents out of the lower town.\n\nThe Ostra water authority said the dam spillway cracked overnight.'],
  ['https://c.example/flood-3', 'en', '2031-03-03', 'Marisco counts damage after Velan dam flood\n\nResidents of Marisco returned to flooded streets a day after the Velan dam failed. Mayor Ana Tolbert said 1,200 people had been evacuated.'],
];
const VISIT = [
  ['https://a.example/visit-1', 'en', '2031-03-05', 'Mayor Tolbert opens Marisco bridge\n\nMayor Ana Tolbert opened the new Kessel bridge in Marisco on Wednesday, a ribbon ceremony with the Ostra council and a brass band.'],
  ['https://b.example/visit-2', 'en', '2031-03-05', 'Kessel bridge opens in Marisco\n\nThe Kessel bridge, eight years in the making, opened in Marisco on Wednesday. Mayor Ana Tolbert cut the ribbon with the Ostra council.'],
];
const entry = ([url, lang, published, text]: string[]): PackArticle =>
  packArticle(articleFromText(text, { url, lang, published }), { url, domain: new URL(url).hostname, outlet: new URL(url).hostname, published, lang });
const pack = (stories: Record<string, string[][]>) =>
  makePack({ id: 't', title: 't', version: '1', publisher: 't', license: 't', homepage: '', created: '2031-01-01' }, {
    stories: Object.entries(stories).map(([id, arts]) => ({ id, title: id, date: arts[0][2], articles: arts.map(entry) })),
  });
const report = (text: string, lang: string, published: string, stories: Record<string, string[][]>) =>
  buildReport(articleFromText(text, { url: 'https://page.example/x', lang, published }), buildKnowledgeBase([pack(stories)]), 'https://page.example/x');

describe('story matching', () => {
  const flood = 'Velan dam bursts over Marisco\n\nThe Velan dam failed on Sunday and flooded Marisco. Mayor Ana Tolbert said 1,200 people left their homes; the Ostra water authority blamed a cracked spillway.';
  it('assigns an article to its story among same-actor stories', () => {
    expect(report(flood, 'en', '2031-03-02', { flood: FLOOD, visit: VISIT }).story?.id).toBe('flood');
  });
  it('matches none when the packs lack its story, though the same people are in another', () => {
    const visit = 'Marisco gets its Kessel bridge\n\nMayor Ana Tolbert and the Ostra council opened the Kessel bridge in Marisco on Wednesday with a ribbon and a brass band.';
    expect(report(visit, 'en', '2031-03-05', { flood: FLOOD }).story).toBeNull();
    expect(report(visit, 'en', '2031-03-05', { flood: FLOOD, visit: VISIT }).story?.id).toBe('visit');
  });
  it('matches a Spanish article to a story covered in English', () => {
    const es = 'La presa de Velan se rompe e inunda Marisco\n\nLa presa de Velan falló el domingo e inundó Marisco. La alcaldesa Ana Tolbert dijo que 1.200 personas fueron evacuadas. La autoridad del agua de Ostra culpó a un aliviadero agrietado.';
    expect(report(es, 'es', '2031-03-02', { flood: FLOOD, visit: VISIT }).story?.id).toBe('flood');
  });
  it('canonicalises news words across languages and plurals', () => {
    expect(['misiles', 'missiles', 'missile'].map(canonicalTerm)).toEqual(['missile', 'missile', 'missile']);
    expect(canonicalTerm('parlamento')).toBe(canonicalTerm('parliament'));
  });
});
