/**
 * `npm run bench:extract`: our extractor and Mozilla Readability 0.6, side by side on the same DOM
 * implementation (linkedom), in the same run. Body precision/recall/F1 on the article extraction
 * corpus with that benchmark's own metric; time per page; metadata agreement on Readability's pages.
 * Writes bench-results/extract.json. Options: --reps N (timing repetitions, default 3), --worst N.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { Readability } from '@mozilla/readability';
import { readArticle } from '../src/core/article/extract-article.ts';
import { isProbablyArticle } from '../src/core/article/is-probably-article.ts';
import { extractionPages, readabilityPages, parse } from './bench-extract-corpus.ts';
import { pageCounts, pageF1, scores, type PageCounts } from './bench-extract-metric.ts';
import { agreement, type Field } from './bench-extract-metadata.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPS = arg('reps', 3);
const WORST = arg('worst', 0);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Fastest of REPS runs on a fresh DOM each (Readability changes the DOM it reads; we must not). */
function timed<T>(html: string, run: (doc: Document) => T): { result: T; ms: number } {
  let best = Infinity;
  let result!: T;
  for (let r = 0; r < REPS; r++) {
    const doc = parse(html);
    const t0 = performance.now();
    result = run(doc);
    best = Math.min(best, performance.now() - t0);
  }
  return { result, ms: best };
}

// Timed without the quote finder: Readability does not look for quotes, so the comparison is
// extraction with extraction. The full readArticle (with quotes) is timed too and reported apart.
const ours = (doc: Document) => readArticle(doc, { quotes: false }).article.paragraphs.join('\n');
const oursWithQuotes = (doc: Document) => readArticle(doc).article.paragraphs.length;
const readability = (doc: Document) => {
  try {
    return new Readability(doc).parse()?.textContent ?? '';
  } catch {
    return '';
  }
};

const pages = extractionPages();
const rows: { key: string; url: string; ours: PageCounts; theirs: PageCounts; oursMs: number; theirsMs: number; quotesMs: number }[] = [];
for (const page of pages) {
  const a = timed(page.html, ours);
  const b = timed(page.html, readability);
  const c = timed(page.html, oursWithQuotes);
  rows.push({ key: page.key, url: page.url, ours: pageCounts(page.expected, a.result), theirs: pageCounts(page.expected, b.result), oursMs: a.ms, theirsMs: b.ms, quotesMs: c.ms });
}
const body = (pick: 'ours' | 'theirs', ms: 'oursMs' | 'theirsMs' | 'quotesMs') => {
  const s = scores(rows.map((r) => r[pick]));
  const times = rows.map((r) => r[ms]);
  return { f1: round(s.f1), precision: round(s.precision), recall: round(s.recall), msMedian: round(quantile(times, 0.5), 3), msP95: round(quantile(times, 0.95), 3) };
};

const rpages = readabilityPages();
const pairs = rpages.map((p) => ({ ours: readArticle(parse(p.html)).article, expected: p.expected }));
const cheapMs: number[] = [];
const cheap = rpages.map((p) => {
  const doc = parse(p.html);
  isProbablyArticle(doc);
  const t0 = performance.now();
  const verdict = isProbablyArticle(doc);
  cheapMs.push(performance.now() - t0);
  return verdict;
});
const fields: Field[] = ['isArticle', 'title', 'published', 'byline', 'lang'];
const misses: string[][] = [];
const metadata = Object.fromEntries(fields.map((f) => [f, agreement(f, pairs, misses)]));
const readerable = rpages.filter((p) => p.expected.readerable).length;

const result = {
  date: new Date().toISOString(),
  node: process.version,
  dom: 'linkedom',
  timingReps: REPS,
  loadAverage: loadavg().map((x) => round(x, 2)),
  articleExtraction: {
    pages: rows.length,
    timing: 'fastest of timingReps runs per page, each on a fresh linkedom DOM; backstory is readArticle without the quote finder (Readability finds none)',
    backstory: body('ours', 'oursMs'),
    readability: body('theirs', 'theirsMs'),
    backstoryWithQuotesMs: (({ msMedian, msP95 }) => ({ msMedian, msP95 }))(body('ours', 'quotesMs')),
  },
  readabilityPages: {
    pages: rpages.length,
    metric: {
      all: 'share of all pages where our value equals Readability\'s (both null counts as agreement)',
      defined: 'share of the pages where Readability reports a value; the fair figure for lang and published, where Readability only reads declarations (<html lang>; JSON-LD datePublished, article:published_time, parsely-pub-date) and reports null when there are none, while we also detect the language from the text and read <time>/visible dates',
      oursOnly: 'pages where we report a value and Readability none: not counted as agreement in "defined", not checked against any truth',
      title: 'compared whole after case and space folding; we drop a trailing site name that Readability keeps from og:title/JSON-LD (e.g. " - Breitbart"), which counts as a miss',
    },
    metadataAgreement: Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, { all: round(v.all, 3), defined: round(v.defined, 3), definedPages: v.definedPages, oursOnly: v.oursOnly }])),
    cheapCheck: {
      msMedian: round(quantile(cheapMs, 0.5), 3),
      msP95: round(quantile(cheapMs, 0.95), 3),
      msMax: round(Math.max(...cheapMs), 3),
      readerablePagesPassed: rpages.filter((p, i) => p.expected.readerable && cheap[i]).length,
      readerablePages: readerable,
      nonReaderablePagesStopped: rpages.filter((p, i) => !p.expected.readerable && !cheap[i]).length,
      nonReaderablePages: rpages.length - readerable,
    },
  },
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(new URL('../bench-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../bench-results/extract.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');

if (WORST) {
  const worst = [...rows].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, WORST);
  for (const r of worst) console.error(`${pageF1(r.ours).toFixed(3)} (readability ${pageF1(r.theirs).toFixed(3)}) P=${(r.ours.tp / (r.ours.tp + r.ours.fp || 1)).toFixed(2)} R=${(r.ours.tp / (r.ours.tp + r.ours.fn || 1)).toFixed(2)} ${r.key.slice(0, 12)} ${r.url}`);
  for (const [i, field, e, o] of misses) console.error(`miss ${rpages[+i].slug} ${field}: expected ${e} got ${o}`);
}
