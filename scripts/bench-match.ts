/**
 * Matcher at scale: a generated pack of 100,000 articles (10,000 stories; article lengths
 * log-normal around 500 words, Zipf vocabulary, 24–40 salient terms, 0–8 quotes), loaded as the
 * background loads a pack (JSON text → validate → index), then buildReport on pages drawn from it
 * (reprints with edits, other-language rewrites) and on unrelated pages. The pack is written in
 * format 2 (packed, as `pack build` writes it); `--format 1` measures the plain format.
 * Usage: npm run bench:match [-- --articles N]   → bench-results/match.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fingerprint } from '../src/core/match/fingerprint.ts';
import { salientTerms } from '../src/core/text/terms.ts';
import { validatePack } from '../src/core/packs/validate-pack.ts';
import { buildKnowledgeBase } from '../src/core/packs/knowledge-base.ts';
import { packPack } from '../src/core/packs/packed-pack.ts';
import { buildReport } from '../src/core/report.ts';
import type { Article } from '../src/core/article/article.ts';
import type { PackArticle, PackStory } from '../src/core/packs/pack.ts';

const N = Number(process.argv.find((a, i) => process.argv[i - 1] === '--articles') ?? 100_000);
const PER_STORY = 10;
let seed = 42;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const syll = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'qu', 'dor', 'an', 'is', 'pe', 'ru', 'ne', 'tal', 'gor'];
const word = (i: number) => { let w = ''; let x = i + 7; do { w += syll[x % 16]; x = Math.floor(x / 16); } while (x); return w; };
const VOCAB = 60_000;
// Zipf: word rank r drawn with p ∝ 1/r.
const zipf = () => Math.floor(Math.exp(rand() * Math.log(VOCAB))) - 1;
const sentence = (names: string[], n: number) => Array.from({ length: n }, () => (rand() < 0.12 ? names[Math.floor(rand() * names.length)] : word(zipf()))).join(' ');
const lengthWords = () => Math.max(80, Math.round(Math.exp(Math.log(500) + 0.5 * (rand() * 2 - 1) * 1.7)));

function storyText(names: string[], base: string[]) {
  // Articles of a story share wire passages and names; each adds its own sentences.
  const words = lengthWords();
  const parts: string[] = [];
  let n = 0;
  while (n < words) {
    const s = rand() < 0.35 ? base[Math.floor(rand() * base.length)] : sentence(names, 20);
    parts.push(s);
    n += s.split(' ').length;
  }
  return parts;
}

const FORMAT = Number(process.argv.find((a, i) => process.argv[i - 1] === '--format') ?? 2);
// --cache DIR keeps the generated pack and pages between runs (generation takes minutes at 100,000).
const CACHE = process.argv.find((a, i) => process.argv[i - 1] === '--cache');
function generate(): { json: string; pages: Array<{ article: Article; url: string }> } {
  console.log(`generating ${N} articles…`);
  const t0 = performance.now();
  const stories: PackStory[] = [];
  const pages: Array<{ article: Article; url: string }> = [];
  for (let s = 0; s * PER_STORY < N; s++) {
    const names = Array.from({ length: 5 }, () => `N${word(Math.floor(rand() * 1e6))}`);
    const base = Array.from({ length: 6 }, () => sentence(names, 22));
    const date = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 1500) * 86_400_000).toISOString().slice(0, 10);
    const articles: PackArticle[] = [];
    for (let a = 0; a < PER_STORY && s * PER_STORY + a < N; a++) {
      const paragraphs = storyText(names, base);
      const text = paragraphs.join('\n\n');
      const fp = fingerprint(text);
      const url = `https://outlet${Math.floor(rand() * 3000)}.example/${s}/${a}`;
      articles.push({
        url, domain: url.split('/')[2], outlet: `Outlet ${url.split('/')[2]}`, title: sentence(names, 9), published: date, lang: 'en', wire: null,
        quotes: Array.from({ length: Math.floor(rand() * 8) }, () => ({ text: sentence(names, 12), speaker: names[0] })),
        fp: fp.hashes, tokens: fp.tokens, terms: salientTerms(text),
      });
      if (a === 0 && pages.length < 300) {
        // A reprint with a changed word every 40, and its quotes.
        const edited = paragraphs.map((p) => p.split(' ').map((w, i) => (i % 40 === 39 ? word(zipf()) : w)).join(' '));
        pages.push({ url: `https://reprint.example/${s}`, article: page(edited, articles[0].title, date, articles[0].quotes.map((q) => q.text)) });
      }
    }
    stories.push({ id: `story-${s}`, title: `Story ${s}`, date, articles });
  }
  for (let i = 0; i < 100; i++) pages.push({ url: `https://other.example/${i}`, article: page(storyText([`Nx${i}`], [sentence([`Nx${i}`], 20)]), sentence([], 8), '2026-01-01', []) });
  function page(paragraphs: string[], title: string, published: string, quotes: string[]): Article {
    return {
      isArticle: true, url: null, canonicalUrl: null, title, byline: null, published, dateline: null, lang: 'en', siteName: null, paragraphs,
      quotes: quotes.map((text) => ({ text, speaker: null, attribution: 'none', parts: [], anchor: { paragraph: 0, start: 0, end: 0 } }) as unknown as Article['quotes'][number]),
    };
  }
  const plain = { format: 1, id: 'bench', title: 'bench', version: '1', publisher: 'bench', license: 'n/a', homepage: '', created: '2026-01-01', stories };
  const json = JSON.stringify(FORMAT === 1 ? plain : packPack(plain));
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${(json.length / 1e6).toFixed(0)} MB of pack JSON, ${pages.length} pages`);
  stories.length = 0;
  return { json, pages };
}
const { readFileSync, existsSync } = await import('node:fs');
const cacheFile = CACHE && `${CACHE}/bench-match-${N}-f${FORMAT}.json`;
let json: string;
let pages: Array<{ article: Article; url: string }>;
if (cacheFile && existsSync(cacheFile)) {
  ({ json, pages } = JSON.parse(readFileSync(cacheFile, 'utf8')));
  console.log(`pack and pages from ${cacheFile}`);
} else {
  ({ json, pages } = generate());
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify({ json, pages }));
}
// Measure load in a clean heap: drop the generator's garbage first.
const packText = json;
json = '';
global.gc?.();
await new Promise((r) => setTimeout(r, 200));

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const l0 = performance.now();
const parsed = JSON.parse(packText);
const l1 = performance.now();
const problems = validatePack(parsed);
const l2 = performance.now();
const kb = buildKnowledgeBase([parsed]);
const l3 = performance.now();
global.gc?.();
const heapKb = process.memoryUsage().heapUsed - heapBefore;
if (problems.length) throw new Error(`generated pack invalid: ${problems[0].path} ${problems[0].reason}`);

const times: number[] = [];
let matched = 0;
let unrelatedMatched = 0;
for (const [i, p] of pages.entries()) {
  const t = performance.now();
  const r = buildReport(p.article, kb, p.url);
  times.push(performance.now() - t);
  if (i < pages.length - 100) matched += r.story?.id === `story-${p.url.split('/').pop()}` ? 1 : 0;
  else unrelatedMatched += r.story ? 1 : 0;
}
const sorted = [...times].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const result = {
  date: new Date().toISOString(),
  node: process.version,
  articles: N,
  format: FORMAT,
  loadavg: (await import('node:os')).loadavg().map((x) => +x.toFixed(2)),
  stories: Math.ceil(N / PER_STORY),
  packMB: Math.round(packText.length / 1e6),
  load: { parseMs: Math.round(l1 - l0), validateMs: Math.round(l2 - l1), indexMs: Math.round(l3 - l2), totalMs: Math.round(l3 - l0), indexOnlyMs: Math.round(l3 - l2) },
  buildReport: { pages: times.length, p50Ms: +pct(0.5).toFixed(2), p95Ms: +pct(0.95).toFixed(2), p99Ms: +pct(0.99).toFixed(2), maxMs: +sorted[sorted.length - 1].toFixed(2) },
  memory: { heapForPackAndIndexMB: Math.round(heapKb / 1e6), rssMB: Math.round(process.memoryUsage().rss / 1e6), hashIndexEntries: kb.byHash.entries },
  accuracy: { reprintsMatchedToTheirStory: `${matched}/${pages.length - 100}`, unrelatedPagesMatched: `${unrelatedMatched}/100` },
};
mkdirSync(new URL('../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../bench-results/match.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
