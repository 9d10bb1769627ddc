import { describe, expect, it } from 'vitest';
import { DEFAULT_HTTP, httpGet, type HttpSettings } from '../../src/core/live/http.ts';
import { parseJsonAnswer } from '../../src/core/live/json-answer.ts';
import { LiveError } from '../../src/core/live/live-error.ts';
import { RateLimiter } from '../../src/core/live/rate-limiter.ts';
import { MemoryCache } from '../../src/core/live/cache.ts';
import { safeText, safeUrl, TITLE_MAX } from '../../src/core/live/sanitize.ts';
import { startLiveServer, type Mode } from '../live-server/server.ts';
import { FakeClock, useLiveServer } from '../live-server/helpers.ts';

const stand = useLiveServer();

async function get(mode: Mode, settings: Partial<HttpSettings> = {}, clock = new FakeClock()) {
  stand.server.mode('wikidata', mode);
  let requests = 0;
  const run = httpGet(`${stand.server.url}/sparql?format=json&query=${encodeURIComponent('SELECT ?item WHERE { ?item wdt:P856 <https://www.porteliner.com/> }')}`, {
    fetch: (u, i) => fetch(u, i),
    clock,
    settings: { ...DEFAULT_HTTP, timeoutMs: 5000, ...settings },
    onRequest: () => requests++,
  });
  return { run, clock, count: () => requests };
}

async function failure(p: Promise<unknown>): Promise<LiveError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(LiveError);
  return e as LiveError;
}

describe('live HTTP layer', () => {
  it('gives up on a slow server after the timeout and says so', async () => {
    const { run } = await get('slow', { timeoutMs: 300 });
    const e = await failure(run);
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/no complete answer within 0\.3 s \(timed out\)/);
  });

  it('waits as long as a 429 Retry-After says, then succeeds', async () => {
    const { run, clock, count } = await get('429-once');
    const answer = await run;
    expect(answer.status).toBe(200);
    expect(count()).toBe(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('gives up on a Retry-After beyond what it will wait, without retrying', async () => {
    const { run, count, clock } = await get('429-long');
    const e = await failure(run);
    expect(e.message).toMatch(/rate-limited \(HTTP 429\): the server asks to wait 3600 s; gave up/);
    expect(count()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries 5xx with doubling backoff and reports the last status', async () => {
    const { run, count, clock } = await get('500', { retries: 2, backoffMs: 1000 });
    const e = await failure(run);
    expect(e.message).toBe('server error (HTTP 500) after 3 attempts');
    expect(count()).toBe(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('recovers from a single 500', async () => {
    const { run, count } = await get('500-once');
    expect((await run).status).toBe(200);
    expect(count()).toBe(2);
  });

  it('reports a body cut off before its declared length', async () => {
    const { run } = await get('truncated', { retries: 0 });
    const e = await failure(run);
    expect(e.kind).toBe('truncated');
    expect(e.message).toMatch(/cut off|closed before the answer was complete/);
  });

  it('stops reading a huge body at the cap', async () => {
    const { run } = await get('huge', { maxBytes: 256 * 1024, timeoutMs: 10_000 });
    const e = await failure(run);
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/more than the 0\.3 MB allowed; cut off and ignored/);
  });

  it('turns an HTML error page, malformed JSON and plain text into clear messages', async () => {
    const html = await (await get('html-error')).run;
    expect(() => parseJsonAnswer(html)).toThrow('answered with an HTML page ("Service Temporarily Unavailable") instead of JSON');
    const bad = await (await get('malformed-json')).run;
    expect(() => parseJsonAnswer(bad)).toThrow(/the answer is not valid JSON \(.+\); it may have been cut off/);
    const text = await (await get('plain-text-error')).run;
    expect(() => parseJsonAnswer(text)).toThrow('answered with text instead of JSON: "Error: query could not be run"');
  });

  it('says plainly when nothing listens', async () => {
    const closed = await startLiveServer();
    const url = closed.url;
    await closed.close();
    const e = await failure(httpGet(`${url}/sparql`, { fetch: (u, i) => fetch(u, i), clock: new FakeClock(), settings: { ...DEFAULT_HTTP, retries: 1, backoffMs: 10 } }));
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/^could not connect \(ECONNREFUSED\)/);
  });
});

describe('rate limiter and cache', () => {
  it('spaces requests one interval apart, in call order, without real sleeping', async () => {
    const clock = new FakeClock(0);
    const limiter = new RateLimiter(5000, clock);
    // The fake clock moves on as each sleep starts: three requests take 0, 5 and 10 s.
    await Promise.all([limiter.take(), limiter.take(), limiter.take()]);
    expect(clock.sleeps).toEqual([5000, 5000]);
    expect(clock.now()).toBe(10_000);
    limiter.defer(30_000);
    const before = clock.now();
    await limiter.take();
    expect(clock.now() - before).toBeGreaterThanOrEqual(30_000);
  });

  it('forgets entries after their time and keeps a bounded number', async () => {
    const clock = new FakeClock(0);
    const cache = new MemoryCache(clock, 2);
    await cache.set('a', 1, 1000);
    expect(await cache.get('a')).toBe(1);
    clock.t = 1000;
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('b', 2, 1e6);
    await cache.set('c', 3, 1e6);
    await cache.set('d', 4, 1e6);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('d')).toBe(4);
  });
});

describe('sanitising answers', () => {
  it('keeps only http(s) addresses without credentials', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'https://user:pw@example.org/', '//example.org/x', 42, null, 'https://' + 'a'.repeat(3000) + '.org'])
      expect(safeUrl(bad), String(bad)).toBeNull();
  });

  it('makes strings plain bounded text: no escapes, no bidi overrides, cut to length', () => {
    expect(safeText('a\u001b[31mred\u001b[0m\u202e\u0000b')).toBe('a [31mred [0m b');
    expect(safeText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    const long = safeText('word '.repeat(100_000), TITLE_MAX);
    expect(long.length).toBe(TITLE_MAX);
    expect(long.endsWith('…')).toBe(true);
    expect(safeText({ toString: () => 'x' })).toBe('');
  });
});
