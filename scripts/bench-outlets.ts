/**
 * npm run bench:outlets — size and speed of the outlet directory as the background uses it:
 * pack size (raw and gzip), load (parse + validate + index), lookup latency for hits, misses and junk,
 * heap held by the index, and the content-script match patterns the build derives from it.
 * Writes bench-results/outlets.json. Run: node --expose-gc --import tsx scripts/bench-outlets.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadBundledPacks } from '../src/cli/load-data.ts';
import { indexOutlets, resolveOutlet } from '../src/core/outlets/resolve-outlet.ts';
import { validatePack } from '../src/core/packs/validate-pack.ts';
import type { Pack } from '../src/core/packs/pack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

const t0 = performance.now();
const pack = loadBundledPacks().outlets;
const compileMs = performance.now() - t0;
const json = JSON.stringify(pack);
const outlets = pack.outlets ?? [];

// Load as the background does: parse the shipped JSON, validate, index. Median of 15 runs.
const parse: number[] = [];
const validate: number[] = [];
const index: number[] = [];
for (let i = 0; i < 15; i++) {
  let t = performance.now();
  const parsed = JSON.parse(json) as Pack;
  parse.push(performance.now() - t);
  t = performance.now();
  const problems = validatePack(parsed);
  validate.push(performance.now() - t);
  if (problems.length) throw new Error(`pack invalid: ${problems[0].path} ${problems[0].reason}`);
  t = performance.now();
  indexOutlets(parsed.outlets ?? []);
  index.push(performance.now() - t);
}

// Heap held by the parsed pack and its index.
gc?.();
const before = process.memoryUsage().heapUsed;
const held = indexOutlets((JSON.parse(json) as Pack).outlets ?? []);
gc?.();
const heapBytes = process.memoryUsage().heapUsed - before;

// Lookups: article URLs on known sites (www., m., paths), unknown sites, and junk.
const hosts = outlets.flatMap((o) => o.domains);
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
const inputs: { kind: string; url: string }[] = [];
for (let i = 0; i < 30000; i++) {
  const r = rand();
  if (r < 0.6) inputs.push({ kind: 'hit', url: `https://${pick(['', 'www.', 'm.', 'amp.', 'news.'])}${pick(hosts)}/2024/05/${i}/some-article-slug.html?utm_source=x` });
  else if (r < 0.9) inputs.push({ kind: 'miss', url: `https://www.site${i}-${Math.floor(rand() * 1e6)}.${pick(['com', 'co.uk', 'de', 'com.br', 'org'])}/page/${i}` });
  else inputs.push({ kind: 'junk', url: pick(['localhost', 'http://127.0.0.1/x', 'chrome-extension://abc/p.html', 'file:///x', '::::', '', 'http://[::1]/', 'about:blank']) });
}
for (const { url } of inputs.slice(0, 3000)) resolveOutlet(held, url); // warm up
const times: Record<string, number[]> = { hit: [], miss: [], junk: [] };
let found = 0;
for (const { kind, url } of inputs) {
  const t = process.hrtime.bigint();
  const o = resolveOutlet(held, url);
  times[kind].push(Number(process.hrtime.bigint() - t) / 1000);
  if (o) found++;
}
const lookup = Object.fromEntries(
  Object.entries(times).map(([kind, xs]) => {
    const s = [...xs].sort((a, b) => a - b);
    return [kind, { n: s.length, p50_us: round(pct(s, 0.5)), p95_us: round(pct(s, 0.95)), p99_us: round(pct(s, 0.99)), mean_us: round(s.reduce((a, b) => a + b, 0) / s.length) }];
  }),
);
const hitRate = times.hit.length ? found / times.hit.length : 0;

// The content script's match patterns, as build.mjs derives them (read from dist/ when built).
const manifestPath = `${root}dist/chrome/manifest.json`;
let manifest: Record<string, unknown> = { built: false };
if (existsSync(manifestPath)) {
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts: { matches: string[] }[] };
  const matches = m.content_scripts[0].matches;
  manifest = {
    built: true,
    matchPatterns: matches.length,
    manifestBytes: readFileSync(manifestPath).length,
    distinctHostsInDirectory: new Set(hosts).size,
    // By design (build.mjs autoRunHosts): only curated outlets (hand-verified and the state media
    // matrix) get the content script by itself; the Wikidata-only newspapers work on a toolbar click.
    hostsReadOnClickOnly: hosts.filter((h) => !matches.includes(`*://*.${h}/*`)).length,
  };
}

const result = {
  command: 'npm run bench:outlets',
  date: new Date().toISOString(),
  node: process.version,
  directory: {
    outlets: outlets.length,
    countries: new Set(outlets.map((o) => o.country).filter(Boolean)).size,
    domains: hosts.length,
    stateAffiliated: outlets.filter((o) => o.stateAffiliated).length,
  },
  pack: { bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length },
  load_ms: { compileFromDataDir: round(compileMs, 1), parse: round(median(parse), 2), validate: round(median(validate), 2), index: round(median(index), 2) },
  indexHeapBytes: gc ? heapBytes : null,
  lookup,
  hitsResolved: round(hitRate, 4),
  manifest,
};
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(`${root}bench-results/outlets.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
