/**
 * `npm run bench:content`: what the content script costs in real Chromium. Pages with no script of
 * their own are served under a news domain the directory knows (so the content script runs by
 * itself), and DevTools' Performance.getMetrics reports ScriptDuration — all JavaScript run for the
 * page, which here is only Backstory's (compile included). Also the time from the content script's
 * start to its message to the worker, read from the script's own clock (performance.now in its world).
 * Writes bench-results/content.json.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startNewsProxy, SEED_FILE, SEED_URL } from '../tests/e2e/news-proxy.ts';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 15);
execFileSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'ignore' });
const ext = join(root, 'dist/chrome');
const NON_ARTICLE_URL = 'http://www.radiohc.cu/en/recipes';
const proxy = await startNewsProxy({ [SEED_URL]: SEED_FILE, [NON_ARTICLE_URL]: join(root, 'tests/fixtures/pages/not-an-article.html') });
const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
await (context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

async function measure(url: string, article: boolean): Promise<{ script: number; self: number; check: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  if (article) await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length > 0, null, { timeout: 15_000 });
  else await page.waitForTimeout(500);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const script = metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000;
  // The content script's own clock, as it reported to the worker (kept in storage.session).
  let timing: { check: number; total: number } | undefined;
  for (let i = 0; i < 50 && !timing; i++) {
    timing = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const state = (await chrome.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`] as { timing?: { check: number; total: number } } | undefined;
      return state?.timing;
    });
    if (!timing) await new Promise((r) => setTimeout(r, 100));
  }
  await page.close();
  return { script, self: timing?.total ?? NaN, check: timing?.check ?? NaN };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: +q(0.5).toFixed(3), p95: +q(0.95).toFixed(3), min: +s[0].toFixed(3), runs: s.length };
};
const nonArticle: Array<{ script: number; self: number; check: number }> = [];
const seed: Array<{ script: number; self: number; check: number }> = [];
for (let i = 0; i < RUNS; i++) {
  nonArticle.push(await measure(NON_ARTICLE_URL, false));
  seed.push(await measure(SEED_URL, true));
}
const pick = (xs: typeof seed, k: 'script' | 'self' | 'check') => stats(xs.map((x) => x[k]));
await context.close();
await proxy.close();
rmSync(profile, { recursive: true, force: true });
const result = {
  browser: 'Chromium (Debian), headless',
  metrics: {
    self: "the content script's own clock (performance.now), from its start to its last message, the worker's round trip left out (ms)",
    check: 'the cheap is-this-an-article check alone (ms)',
    scriptDuration: 'DevTools Performance.getMetrics ScriptDuration for a page with no scripts of its own: all JavaScript run for the page, extension start-up and compile included (ms)',
  },
  load: (await import('node:os')).loadavg()[0],
  nonArticlePage: { self: pick(nonArticle, 'self'), check: pick(nonArticle, 'check'), scriptDuration: pick(nonArticle, 'script') },
  seedArticlePage: { self: pick(seed, 'self'), check: pick(seed, 'check'), scriptDuration: pick(seed, 'script') },
  date: new Date().toISOString(),
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/content.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`content script in Chromium, ${RUNS} loads each, median / p95 in ms (load average ${result.load.toFixed(1)}):`);
for (const [name, r] of [['non-article page', result.nonArticlePage], ['seed article (check, extraction, quotes, badges)', result.seedArticlePage]] as const) {
  console.log(`  ${name}: own time ${r.self.median} / ${r.self.p95}; cheap check ${r.check.median} / ${r.check.p95}; DevTools ScriptDuration ${r.scriptDuration.median} / ${r.scriptDuration.p95}`);
}
