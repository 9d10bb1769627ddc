import type { Clock } from './clock.ts';
import type { LiveCache } from './cache.ts';
import type { FetchLike } from './types.ts';
import type { HttpRequest, HttpSettings } from './http.ts';

/** What every live source is given: nothing here is a global, so the CLI, the worker and tests each pass their own. */
export interface LiveContext {
  fetch: FetchLike;
  clock: Clock;
  cache: LiveCache;
  http: HttpSettings;
  /** Sent where the runtime allows it (Node): Wikidata asks clients to name themselves. */
  userAgent?: string;
}

/** Counts the requests one source sends, and when its answers were fetched (cached ones keep their time). */
export class RequestCounter {
  count = 0;
  /** Earliest fetch time of the answers used, ms; null when none was used. */
  fetchedAt: number | null = null;
  readonly increment = () => {
    this.count++;
  };
  used(at: number) {
    this.fetchedAt = this.fetchedAt === null ? at : Math.min(this.fetchedAt, at);
  }
}

/**
 * An answer from the cache, or produced and cached. The time it was fetched is kept with it, so a
 * report built from a cached answer says when that answer was fetched, not when it was read.
 */
export async function cachedAnswer<T>(ctx: LiveContext, counter: RequestCounter, key: string, ttlMs: number | ((value: T) => number), produce: () => Promise<T>): Promise<T> {
  const hit = (await ctx.cache.get(key)) as { at: number; value: T } | undefined;
  if (hit && typeof hit.at === 'number') {
    counter.used(hit.at);
    return hit.value;
  }
  const value = await produce();
  const at = ctx.clock.now();
  await ctx.cache.set(key, { at, value }, typeof ttlMs === 'function' ? ttlMs(value) : ttlMs);
  counter.used(at);
  return value;
}

export function httpRequest(ctx: LiveContext, counter: RequestCounter, extra: Partial<HttpRequest> = {}, settings: Partial<HttpSettings> = {}): HttpRequest {
  const headers: Record<string, string> = { accept: 'application/json', ...(extra.headers ?? {}) };
  if (ctx.userAgent) headers['user-agent'] = ctx.userAgent;
  return { fetch: ctx.fetch, clock: ctx.clock, settings: { ...ctx.http, ...settings }, onRequest: counter.increment, ...extra, headers };
}
