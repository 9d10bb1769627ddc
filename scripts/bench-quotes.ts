/**
 * `npm run bench:quotes`: span precision/recall/F1 and speaker accuracy of findQuotes on the
 * annotated development set (tests/fixtures/quotes/pages: real corpus pages, paragraphs from the
 * project's own extractor; tests/fixtures/quotes/written: short pages the team wrote for es/fr/pt),
 * per language, next to a bare quote-mark regex as the baseline. Writes bench-results/quotes.json.
 * `--verbose` lists the misses, extras and wrong speakers.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { findQuotes } from '../src/core/quotes/find-quotes.ts';
import { pageParagraphs } from './bench-quotes-corpus.ts';
import { score, type Gold, type Prediction, type Scored } from './bench-quotes-score.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURES = `${ROOT}tests/fixtures/quotes/`;
const verbose = process.argv.includes('--verbose');

interface Page {
  key: string;
  lang: string;
  paragraphs: string[];
  quotes: Gold[];
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  for (const f of readdirSync(`${FIXTURES}pages`).sort()) {
    const a = JSON.parse(readFileSync(`${FIXTURES}pages/${f}`, 'utf8'));
    pages.push({ ...a, paragraphs: pageParagraphs(a.key).paragraphs });
  }
  for (const f of readdirSync(`${FIXTURES}written`).sort()) pages.push(JSON.parse(readFileSync(`${FIXTURES}written/${f}`, 'utf8')));
  return pages;
}

/** The baseline: any run between a pair of double quote marks or guillemets in one paragraph. */
function bareRegex(paragraphs: string[]): Prediction[] {
  return paragraphs.flatMap((p) => [...p.matchAll(/["“„«]([^"“”„«»]+)["”“»]/g)].map((m) => ({ text: m[1], speaker: null })));
}

interface Totals {
  pages: number;
  gold: number;
  found: number;
  predicted: number;
  right: number;
  speakerRight: number;
}

const add = (t: Totals, s: Scored) => {
  t.pages++;
  t.gold += s.gold;
  t.found += s.found;
  t.predicted += s.predicted;
  t.right += s.right;
  t.speakerRight += s.speakerRight;
};

function figures(t: Totals) {
  const precision = t.predicted ? t.right / t.predicted : 1;
  const recall = t.gold ? t.found / t.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { pages: t.pages, quotes: t.gold, precision: r(precision), recall: r(recall), f1: r(f1), speakerAccuracy: r(t.found ? t.speakerRight / t.found : 0) };
}

const empty = (): Totals => ({ pages: 0, gold: 0, found: 0, predicted: 0, right: 0, speakerRight: 0 });
const ours = new Map<string, Totals>();
const base = new Map<string, Totals>();
const started = performance.now();
for (const page of loadPages()) {
  const predicted = findQuotes(page.paragraphs, page.lang);
  const s = score(page.quotes, predicted);
  const b = score(page.quotes, bareRegex(page.paragraphs));
  const group = page.key.startsWith('written:') ? 'written' : 'corpus';
  for (const k of [page.lang, group, 'all']) {
    if (!ours.has(k)) [ours.set(k, empty()), base.set(k, empty())];
    add(ours.get(k)!, s);
    add(base.get(k)!, b);
  }
  if (verbose && (s.misses.length || s.extras.length || s.wrongSpeakers.length)) {
    console.log(`\n${page.key}`);
    for (const m of s.misses) console.log(`  MISS  ${m.slice(0, 110)}`);
    for (const e of s.extras) console.log(`  EXTRA ${e.slice(0, 110)}`);
    for (const w of s.wrongSpeakers) console.log(`  WHO   ${w}`);
  }
}
const result: Record<string, unknown> = {};
console.log('\nset       pages quotes |  P     R     F1    speaker | baseline P     R     F1');
for (const k of ['en', 'es', 'fr', 'pt', 'corpus', 'written', 'all']) {
  if (!ours.has(k)) continue;
  const o = figures(ours.get(k)!);
  const b = figures(base.get(k)!);
  result[k] = { ...o, baseline: { precision: b.precision, recall: b.recall, f1: b.f1 } };
  const f = (x: number) => x.toFixed(3);
  console.log(`${k.padEnd(9)} ${String(o.pages).padStart(5)} ${String(o.quotes).padStart(6)} | ${f(o.precision)} ${f(o.recall)} ${f(o.f1)} ${f(o.speakerAccuracy)}   |          ${f(b.precision)} ${f(b.recall)} ${f(b.f1)}`);
}
mkdirSync(`${ROOT}bench-results`, { recursive: true });
writeFileSync(`${ROOT}bench-results/quotes.json`, `${JSON.stringify({ date: new Date().toISOString(), ms: Math.round(performance.now() - started), sets: result }, null, 1)}\n`);
