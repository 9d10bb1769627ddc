import browser from 'webextension-polyfill';
// build.mjs points this at parse-html/dom-parser.ts for Firefox and parse-html/linkedom.ts for Chrome.
import { parseHtml } from './parse-html/linkedom.ts';
import type { Article } from '../core/article/article.ts';
import type { KnowledgeBase } from '../core/packs/knowledge-base.ts';
import type { Report } from '../core/report.ts';
import { runLive, GDELT_INTERVAL_MS } from '../core/live/run-live.ts';
import { RateLimiter } from '../core/live/rate-limiter.ts';
import { systemClock } from '../core/live/clock.ts';
import type { LiveCache } from '../core/live/cache.ts';
import { withLive, type LiveReport } from '../core/live/with-live.ts';
import { enabledSources, migrateSettings, type Settings } from '../core/settings.ts';

export async function readSettings(): Promise<Settings> {
  return migrateSettings((await browser.storage.local.get('settings')).settings);
}

/**
 * Live answers kept in storage.session (memory only, gone with the browser session), so a worker
 * that is stopped and restarted does not ask again within an answer's lifetime.
 */
const sessionCache: LiveCache = {
  async get(key) {
    const k = `live:${key}`;
    const entry = (await browser.storage.session.get(k))[k] as { value: unknown; expires: number } | undefined;
    if (!entry || entry.expires <= Date.now()) return undefined;
    return entry.value;
  },
  async set(key, value, ttlMs) {
    await browser.storage.session.set({ [`live:${key}`]: { value, expires: Date.now() + ttlMs } });
  },
};

// One limiter for the worker's life: GDELT asks for one request every five seconds from us.
const gdeltLimiter = new RateLimiter(GDELT_INTERVAL_MS, systemClock);

/**
 * The live sources the user turned on, for one page: null when none is on (then nothing is sent).
 * Failures are in the result's `live.sources`, never thrown; the pack-based Report stays whole.
 */
export async function liveReport(report: Report, article: Article, kb: KnowledgeBase, settings: Settings): Promise<LiveReport | null> {
  const sources = enabledSources(settings);
  if (!sources.length) return null;
  const endpoints = Object.fromEntries(Object.entries(settings.endpoints).filter(([, v]) => v));
  const live = await runLive(article, report.url, {
    sources,
    fetch: (url, init) => fetch(url, init),
    endpoints,
    cache: sessionCache,
    gdeltLimiter,
    factcheckKey: settings.factcheckKey || null,
    parseHtml,
    outletKnown: !!report.outlet,
  });
  return withLive(report, article, live, kb);
}
