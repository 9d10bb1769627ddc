import type { Article } from '../article/article.ts';
import { registrableDomain } from '../outlets/resolve-outlet.ts';
import { urlKey } from '../match/same-url.ts';
import { salientTerms } from '../text/terms.ts';
import type { LiveCoverage } from './types.ts';
import { cachedAnswer, httpRequest, type LiveContext, type RequestCounter } from './context.ts';
import { API_PATHS, endpointUrl, isLoopback } from './endpoints.ts';
import { gdeltQueries, gdeltTime, isoFromGdeltLanguage, timeWindow, type GdeltQuery } from './gdelt-query.ts';
import { httpGet } from './http.ts';
import { parseJsonAnswer } from './json-answer.ts';
import { LiveError } from './live-error.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { relatedness } from './relate.ts';
import { safeText, safeUrl, TITLE_MAX } from './sanitize.ts';

/** GDELT answers change as news is indexed; a quarter of an hour is fresh enough for a page view. */
const CACHE_MS = 15 * 60_000;
const MAX_RECORDS = '75';
/** GDELT searches a rolling window of about three months; older articles find nothing. */
const SEARCHABLE_MS = 90 * 86_400_000;

/** A result as GDELT gives it, before it is scored against the article. */
type GdeltItem = Omit<LiveCoverage, 'score'>;

export interface GdeltResult {
  coverage: LiveCoverage[];
  /** Results dropped: about another story, outside the window, or with an unusable address. */
  dropped: number;
  queries: GdeltQuery[];
  note: string | null;
}

/** "20200106T221500Z" → "2020-01-06T22:15:00Z". */
export function seenDate(value: unknown): string | null {
  const m = typeof value === 'string' ? value.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/) : null;
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The answer's articles, sanitised; items without a usable http(s) address are counted and left out. */
/**
 * The domain an item is counted under: its address's registrable domain. A local mirror serves
 * pages from loopback, so only then is GDELT's own `domain` field taken (when it is a host name).
 */
function domainOf(url: string, claimed: unknown, allowLoopback: boolean): string | null {
  const own = registrableDomain(url);
  if (own) return own;
  if (!allowLoopback || !isLoopback(url) || typeof claimed !== 'string') return null;
  const d = claimed.trim().toLowerCase();
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(d) && d.length <= 253 ? d : null;
}

export function parseGdeltAnswer(json: unknown, allowLoopback = false): { items: GdeltItem[]; unusable: number } {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new LiveError('malformed', 'the answer is not a GDELT article list');
  // GDELT answers {} when nothing matched.
  const list = (json as { articles?: unknown }).articles ?? [];
  if (!Array.isArray(list)) throw new LiveError('malformed', 'the answer\'s "articles" is not a list');
  const items: GdeltItem[] = [];
  let unusable = 0;
  for (const raw of list.slice(0, 250)) {
    const r = (raw ?? {}) as Record<string, unknown>;
    const url = safeUrl(r.url);
    const domain = url ? domainOf(url, r.domain, allowLoopback) : null;
    const title = safeText(r.title, TITLE_MAX);
    if (!url || !domain || !title) {
      unusable++;
      continue;
    }
    items.push({ url, title, domain, lang: isoFromGdeltLanguage(r.language), published: seenDate(r.seendate), sourcecountry: safeText(r.sourcecountry, 60) || null });
  }
  return { items, unusable };
}

function ask(url: string, ctx: LiveContext, counter: RequestCounter, limiter: RateLimiter, allowLoopback: boolean): Promise<{ items: GdeltItem[]; unusable: number }> {
  return cachedAnswer(ctx, counter, `gdelt:${url}`, CACHE_MS, async () => {
    const answer = await httpGet(url, httpRequest(ctx, counter, { beforeAttempt: () => limiter.take(), onRetryAfter: (ms) => limiter.defer(ms) }));
    let json: unknown;
    try {
      json = parseJsonAnswer(answer);
    } catch (e) {
      // GDELT reports a query it cannot run as status 200 and a line of plain text.
      if (e instanceof LiveError && /^answered with text/.test(e.message)) throw new LiveError('refused', `did not accept the query: "${safeText(answer.text, 200)}"`);
      throw e;
    }
    return parseGdeltAnswer(json, allowLoopback);
  });
}

/**
 * Coverage of the article's story in GDELT: searches its key terms in a window around its date
 * (in its language and in English), keeps results whose headline is about the same story and
 * drops the rest. Sends the terms and the window, never the page's address or text.
 */
export async function searchGdelt(article: Article, pageUrl: string | null, ctx: LiveContext, counter: RequestCounter, base: string, limiter: RateLimiter): Promise<GdeltResult> {
  const queries = gdeltQueries(article);
  if (!queries.length) throw new LiveError('refused', 'the article has no key terms to search for');
  const now = ctx.clock.now();
  const { start, end } = timeWindow(article.published, now);
  const articleTerms = new Set(salientTerms(`${article.title ?? ''}\n${article.paragraphs.join('\n\n')}`, 60));
  const self = new Set([urlKey(pageUrl), urlKey(article.url), urlKey(article.canonicalUrl)].filter(Boolean));
  const seen = new Set<string>();
  const coverage: LiveCoverage[] = [];
  let dropped = 0;
  for (const q of queries) {
    const url = endpointUrl(base, API_PATHS.gdelt, {
      query: q.query,
      mode: 'artlist',
      format: 'json',
      maxrecords: MAX_RECORDS,
      sort: 'hybridrel',
      startdatetime: gdeltTime(start),
      enddatetime: gdeltTime(end),
    });
    const { items, unusable } = await ask(url, ctx, counter, limiter, isLoopback(base));
    dropped += unusable;
    for (const item of items) {
      const key = urlKey(item.url) as string;
      if (self.has(key) || seen.has(key)) continue;
      seen.add(key);
      const seen_ = item.published ? Date.parse(item.published) : NaN;
      const inWindow = Number.isNaN(seen_) || (seen_ >= start.getTime() && seen_ <= end.getTime() + 86_400_000);
      const { score, related } = relatedness(item.title, articleTerms);
      if (!inWindow || !related) {
        dropped++;
        continue;
      }
      coverage.push({ ...item, score });
    }
  }
  coverage.sort((a, b) => b.score - a.score || (a.published ?? '').localeCompare(b.published ?? ''));
  const old = article.published && now - Date.parse(article.published.slice(0, 10)) > SEARCHABLE_MS;
  const note = !coverage.length && old ? 'GDELT searches about the last three months; this article is older' : null;
  return { coverage, dropped, queries, note };
}
