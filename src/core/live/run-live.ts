import type { Article } from '../article/article.ts';
import { MemoryCache, type LiveCache } from './cache.ts';
import { systemClock, type Clock } from './clock.ts';
import { RequestCounter, type LiveContext } from './context.ts';
import { DEFAULT_ENDPOINTS, isLoopback, type Endpoints } from './endpoints.ts';
import { searchFactChecks } from './factcheck.ts';
import { fetchCoverage, type ParseHtml } from './fetch-coverage.ts';
import { searchGdelt } from './gdelt.ts';
import { DEFAULT_HTTP, type HttpSettings } from './http.ts';
import { LiveError } from './live-error.ts';
import { RateLimiter } from './rate-limiter.ts';
import { safeText } from './sanitize.ts';
import type { FetchLike, LiveResults, LiveSourceName, LiveSourceReport } from './types.ts';
import { lookupOutlet } from './wikidata.ts';

/** GDELT's documented pace: one request per five seconds. */
export const GDELT_INTERVAL_MS = 5000;

export interface LiveOptions {
  /** The sources the user turned on; an empty list sends nothing. */
  sources: readonly LiveSourceName[];
  fetch: FetchLike;
  endpoints?: Partial<Endpoints>;
  clock?: Clock;
  /** Keep one cache (and one limiter) for the life of the caller so repeated pages cost nothing. */
  cache?: LiveCache;
  gdeltLimiter?: RateLimiter;
  http?: Partial<HttpSettings>;
  /** The user's own Google API key, for `factcheck`. */
  factcheckKey?: string | null;
  /** Needed by `fetch`: an HTML parser that runs no scripts. */
  parseHtml?: ParseHtml;
  /** The outlet directory already knows this page's outlet, so Wikidata need not be asked. */
  outletKnown?: boolean;
  userAgent?: string;
}

type Outcome = { ok: boolean; message: string };

function describe(e: unknown): string {
  if (e instanceof LiveError) return e.message;
  return `failed unexpectedly (${safeText((e as Error)?.message ?? e, 200)})`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs the live sources the user turned on for one article and says what each did. Never
 * throws for a source's failure: each source's outcome is in `sources`, and what worked is kept.
 * Pure apart from the injected fetch and clock, so the CLI and the extension's worker share it.
 */
export async function runLive(article: Article, pageUrl: string | null, options: LiveOptions): Promise<LiveResults> {
  const clock = options.clock ?? systemClock;
  const endpoints = { ...DEFAULT_ENDPOINTS, ...options.endpoints };
  const ctx: LiveContext = { fetch: options.fetch, clock, cache: options.cache ?? new MemoryCache(clock), http: { ...DEFAULT_HTTP, ...options.http }, userAgent: options.userAgent };
  const on = new Set(options.sources);
  const results: LiveResults = { sources: [], coverage: [], articles: [], outlet: null, factChecks: article.quotes.map(() => []) };
  const report = async (name: LiveSourceName, run: (counter: RequestCounter) => Promise<Outcome>) => {
    const counter = new RequestCounter();
    let outcome: Outcome;
    try {
      outcome = await run(counter);
    } catch (e) {
      outcome = { ok: false, message: describe(e) };
    }
    const entry: LiveSourceReport = { name, ok: outcome.ok, message: outcome.message, requests: counter.count, fetched: counter.fetchedAt !== null ? new Date(counter.fetchedAt).toISOString() : counter.count ? new Date(clock.now()).toISOString() : null };
    results.sources.push(entry);
  };

  const gdelt = on.has('gdelt')
    ? report('gdelt', async (counter) => {
        const r = await searchGdelt(article, pageUrl, ctx, counter, endpoints.gdelt, options.gdeltLimiter ?? new RateLimiter(GDELT_INTERVAL_MS, clock));
        results.coverage = r.coverage;
        const message = `${plural(r.coverage.length, 'related article')} found${r.dropped ? `; ${r.dropped} other result${r.dropped === 1 ? '' : 's'} dropped (another story, outside the dates, or no usable address)` : ''}${r.note ? `; ${r.note}` : ''}`;
        return { ok: true, message };
      })
    : Promise.resolve();

  const wikidata = on.has('wikidata')
    ? report('wikidata', async (counter) => {
        if (options.outletKnown) return { ok: true, message: 'not asked: the outlet directory already knows this outlet' };
        if (!pageUrl) return { ok: false, message: 'not asked: the page has no address (give one with --url)' };
        results.outlet = await lookupOutlet(pageUrl, ctx, counter, endpoints.wikidata);
        return { ok: true, message: results.outlet ? `outlet found: ${results.outlet.name}` : 'no Wikidata item has this website' };
      })
    : Promise.resolve();

  const factcheck = on.has('factcheck')
    ? report('factcheck', async (counter) => {
        const key = options.factcheckKey?.trim();
        if (!key) return { ok: false, message: 'not asked: Google Fact Check Tools needs your API key' };
        if (!article.quotes.length) return { ok: true, message: 'not asked: the article has no quotes' };
        const r = await searchFactChecks(article.quotes, article.lang, key, ctx, counter, endpoints.factcheck);
        results.factChecks = r.perQuote;
        const found = r.perQuote.reduce((n, list) => n + list.length, 0);
        return { ok: true, message: `${plural(found, 'fact-check')} found for ${plural(r.searched, 'quote')} searched` };
      })
    : Promise.resolve();

  await Promise.all([gdelt, wikidata, factcheck]);

  if (on.has('fetch'))
    await report('fetch', async (counter) => {
      if (!on.has('gdelt')) return { ok: false, message: 'nothing to fetch: fetch reads the coverage pages GDELT finds; turn gdelt on too' };
      if (!results.coverage.length) return { ok: true, message: 'nothing to fetch: no related coverage was found' };
      if (!options.parseHtml) return { ok: false, message: 'not available here: no HTML parser was given' };
      const r = await fetchCoverage(results.coverage, ctx, counter, options.parseHtml, isLoopback(endpoints.gdelt));
      results.articles = r.articles;
      const ok = r.articles.length > 0 || r.attempted === 0;
      return { ok, message: `${plural(r.articles.length, 'page')} of ${r.attempted} read${r.failures.length ? `; ${r.failures.join('; ')}` : ''}` };
    });

  const order = new Map(options.sources.map((s, i) => [s, i]));
  results.sources.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return results;
}
