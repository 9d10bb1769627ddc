/**
 * Story-assignment accuracy on the development set: real coverage of several stories, facts in
 * data/dev-stories/*.json and data/stories/*.json, texts in the local cache (never committed).
 * Every article is turned into a pack entry the way `pack build` does it; then
 *  - held-out article: packs from all other articles; the article must match its own story;
 *  - held-out story: packs without the article's story; it must match none;
 *  - cross-lingual: packs from the other languages' articles only; it must match its own story;
 *  - clustering: the unlabelled builder's clusters against the labels (pairwise precision/recall).
 * Usage: npm run bench:stories
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { articleFromText } from '../src/core/article/article-from-text.ts';
import { packArticle } from '../src/core/packs/pack-article.ts';
import { buildKnowledgeBase } from '../src/core/packs/knowledge-base.ts';
import { makePack } from '../src/core/packs/compile-data.ts';
import { StoryClusterer } from '../src/core/packs/cluster-stories.ts';
import type { PackArticle, Pack } from '../src/core/packs/pack.ts';
import type { Article } from '../src/core/article/article.ts';
import { registrableDomain } from '../src/core/outlets/resolve-outlet.ts';
import { buildReport } from '../src/core/report.ts';

const root = new URL('../', import.meta.url).pathname;
const cacheRoot = join(homedir(), '.cache', 'backstory');
interface Item { story: string; lang: string; article: Article; entry: PackArticle }
const items: Item[] = [];
let missing = 0;
const sources: Array<[string, string]> = [
  [join(root, 'data/dev-stories'), join(cacheRoot, 'dev-stories')],
  [join(root, 'data/stories'), join(cacheRoot, 'coverage')],
];
for (const [dir, cache] of sources) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && !x.endsWith('.fp.json'))) {
    const story = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const a of story.articles) {
      const path = join(cache, a.textFile ?? '');
      if (!a.textFile || !existsSync(path)) {
        missing++;
        continue;
      }
      const article = articleFromText(readFileSync(path, 'utf8'), { url: a.url, lang: a.lang, published: a.published });
      const entry = packArticle(article, { url: a.url, domain: registrableDomain(a.url) ?? a.domain, outlet: a.outlet, title: a.title, published: a.published, lang: a.lang });
      items.push({ story: story.id, lang: a.lang, article, entry });
    }
  }
}
// Outlets do not take part in story matching; the bench leaves the directory (another concern) out.
const header = { id: 'dev', title: 'dev', version: '1', publisher: 'bench', license: 'n/a', homepage: '', created: '2026-01-01' };
function packOf(pool: Item[]): Pack {
  const by = new Map<string, PackArticle[]>();
  for (const it of pool) by.set(it.story, [...(by.get(it.story) ?? []), it.entry]);
  const date = (arts: PackArticle[]) => arts.map((a) => a.published?.slice(0, 10) ?? '9').sort()[0];
  return makePack(header, { stories: [...by].map(([id, articles]) => ({ id, title: id, date: date(articles), articles })) });
}
const matchOf = (it: Item, pool: Item[]) => buildReport(it.article, buildKnowledgeBase([packOf(pool)]), it.entry.url).story?.id ?? null;

function run(name: string, expectNone: boolean, poolFor: (it: Item) => Item[]) {
  let right = 0;
  const confusions = new Map<string, number>();
  const tested = items.filter((it) => poolFor(it).some((p) => expectNone || p.story === it.story));
  for (const it of tested) {
    const got = matchOf(it, poolFor(it));
    const want = expectNone ? null : it.story;
    if (got === want) right++;
    else confusions.set(`${it.story} (${it.lang}) → ${got ?? 'none'}`, (confusions.get(`${it.story} (${it.lang}) → ${got ?? 'none'}`) ?? 0) + 1);
  }
  console.log(`${name}: ${right}/${tested.length} = ${((100 * right) / tested.length).toFixed(1)}%`);
  const sortedConfusions = [...confusions].sort((a, b) => b[1] - a[1]);
  for (const [k, n] of sortedConfusions) console.log(`    ${n} × ${k}`);
  return { right, total: tested.length, confusions: Object.fromEntries(sortedConfusions) };
}

const stories = new Set(items.map((i) => i.story));
console.log(`dev set: ${items.length} articles, ${stories.size} stories, ${items.filter((i) => i.lang !== 'en').length} not in English${missing ? `; ${missing} without cached text (skipped)` : ''}`);
const a = run('held-out article → its story', false, (it) => items.filter((x) => x !== it));
const b = run('held-out story → none', true, (it) => items.filter((x) => x.story !== it.story));
const c = run('cross-lingual (packs in the other languages only)', false, (it) => items.filter((x) => x.lang !== it.lang));
console.log(`overall assignment accuracy: ${(((a.right + b.right) * 100) / (a.total + b.total)).toFixed(1)}%  (held-out articles and held-out stories together)`);
console.log(`cross-lingual accuracy: ${((c.right * 100) / c.total).toFixed(1)}%`);

const { mkdirSync, writeFileSync } = await import('node:fs');
const { loadavg } = await import('node:os');
mkdirSync(join(root, 'bench-results'), { recursive: true });
const pct = (r: { right: number; total: number }) => +((100 * r.right) / r.total).toFixed(1);
writeFileSync(
  join(root, 'bench-results/stories.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      loadavg: loadavg().map((x) => +x.toFixed(2)),
      articles: items.length,
      stories: stories.size,
      overallPct: +(((a.right + b.right) * 100) / (a.total + b.total)).toFixed(1),
      heldOutArticlePct: pct(a),
      heldOutStoryNonePct: pct(b),
      crossLingualPct: pct(c),
      confusions: { heldOutArticle: a.confusions, heldOutStory: b.confusions, crossLingual: c.confusions },
    },
    null,
    2,
  ) + '\n',
);

// Clustering without labels, in date order as a feed would arrive.
const clusterer = new StoryClusterer();
const sorted = [...items].sort((x, y) => (x.entry.published ?? '').localeCompare(y.entry.published ?? ''));
const cluster = new Map(sorted.map((it) => [it, clusterer.add(it.entry.terms, it.entry.published)]));
let tp = 0, fp = 0, fn = 0;
for (let i = 0; i < sorted.length; i++)
  for (let j = i + 1; j < sorted.length; j++) {
    const same = sorted[i].story === sorted[j].story;
    const together = cluster.get(sorted[i]) === cluster.get(sorted[j]);
    if (same && together) tp++;
    else if (together) fp++;
    else if (same) fn++;
  }
const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
console.log(`clustering (pack build without labels): ${new Set(cluster.values()).size} clusters for ${stories.size} stories; pairwise precision ${p.toFixed(2)}, recall ${r.toFixed(2)}, F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(2)}`);

if (process.env.BENCH_SCORES) {
  const { matchStory } = await import('../src/core/match/match-story.ts');
  const q = (xs: number[]) => [0.05, 0.1, 0.25, 0.5].map((p) => xs.sort((x, y) => x - y)[Math.floor(p * (xs.length - 1))].toFixed(3)).join(' ');
  for (const [name, poolFor] of [
    ['own story present', (it: Item) => items.filter((x) => x !== it)],
    ['own story absent', (it: Item) => items.filter((x) => x.story !== it.story)],
    ['cross-lingual', (it: Item) => items.filter((x) => x.lang !== it.lang)],
  ] as const) {
    const scores = items.map((it) => {
      const kb = buildKnowledgeBase([packOf(poolFor(it))]);
      return matchStory(kb, it.entry.terms, it.entry.published, new Map(), 0)?.termScore ?? 0;
    });
    console.log(`${name}: best term score p5/p10/p25/p50 ${q(scores)}; p75/p90/p95 ${[0.75, 0.9, 0.95].map((p) => scores[Math.floor(p * (scores.length - 1))].toFixed(3)).join(' ')}`);
  }
}
