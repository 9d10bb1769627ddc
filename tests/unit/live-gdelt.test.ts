import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract-article.ts';
import { runLive, type LiveOptions } from '../../src/core/live/run-live.ts';
import { MemoryCache } from '../../src/core/live/cache.ts';
import { RateLimiter } from '../../src/core/live/rate-limiter.ts';
import { gdeltQueries, timeWindow, gdeltTime } from '../../src/core/live/gdelt-query.ts';
import { relatedness } from '../../src/core/live/relate.ts';
import { FakeClock, routedFetch, useLiveServer } from '../live-server/helpers.ts';
import { SPANISH_ARTICLE, SPANISH_URL } from '../live-server/pages.ts';
import { doc, SEED_URL, seedArticle } from './helpers.ts';

const stand = useLiveServer();

const seed = seedArticle;

function options(asked: string[], extra: Partial<LiveOptions> = {}): LiveOptions & { clock: FakeClock } {
  const clock = new FakeClock();
  return { sources: ['gdelt'], fetch: routedFetch(stand.server, asked), clock, http: { timeoutMs: 5000 }, ...extra } as LiveOptions & { clock: FakeClock };
}

describe('GDELT query', () => {
  it('is made of the article\'s key terms and a window around its date, never its address or text', async () => {
    const asked: string[] = [];
    const article = seed();
    await runLive(article, SEED_URL, options(asked));
    expect(asked).toHaveLength(1);
    const u = new URL(asked[0]);
    expect(`${u.origin}${u.pathname}`).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    const p = u.searchParams;
    expect(Object.fromEntries([...p].filter(([k]) => k !== 'query'))).toEqual({
      mode: 'artlist', format: 'json', maxrecords: '75', sort: 'hybridrel', startdatetime: '20200105000000', enddatetime: '20200109235959',
    });
    const query = p.get('query')!;
    expect(query).toMatch(/^iraq pentagon \(esper OR .+\) sourcelang:english$/);
    expect(query.split(/[\s()]+/).filter(Boolean).length).toBeLessThanOrEqual(12);
    // Nothing of the address, and no run of the article's text, leaves with the query.
    expect(asked[0]).not.toMatch(/radiohc|211284|noticias/i);
    const words = query.toLowerCase().split(/[^a-z]+/);
    const text = article.paragraphs.join(' ').toLowerCase();
    for (let i = 0; i + 3 <= words.length; i++) expect(text).not.toContain(words.slice(i, i + 3).join(' '));
  });

  it('searches a Spanish article in Spanish and in English, five seconds apart', async () => {
    const asked: string[] = [];
    const article = extractArticle(doc(SPANISH_ARTICLE), { url: SPANISH_URL });
    expect(article.lang).toBe('es');
    const opts = options(asked);
    const live = await runLive(article, SPANISH_URL, opts);
    const queries = asked.map((a) => new URL(a).searchParams.get('query'));
    expect(queries).toHaveLength(2);
    expect(queries[0]).toMatch(/^irak pentágono .*sourcelang:spanish$/);
    expect(queries[1]).toMatch(/^iraq pentagon .*sourcelang:english$/);
    expect(opts.clock.sleeps).toEqual([5000]);
    // Coverage found by both searches, in both languages, listed once.
    expect(live.coverage.map((c) => c.domain).sort()).toEqual(['diariolacosta.es', 'harbourgazette.co.uk', 'northwind-herald.com']);
    expect(live.coverage.find((c) => c.domain === 'diariolacosta.es')!.lang).toBe('es');
  });

  it('windows undated articles on the last three days and never reaches past now', () => {
    const now = Date.parse('2024-05-10T08:00:00Z');
    const undated = timeWindow(null, now);
    expect(gdeltTime(undated.start)).toBe('20240507080000');
    expect(gdeltTime(undated.end)).toBe('20240510080000');
    const today = timeWindow('2024-05-10', now);
    expect(today.end.getTime()).toBe(now);
    expect(gdeltQueries({ title: null, paragraphs: [], lang: 'en' })).toEqual([]);
  });
});

describe('GDELT results', () => {
  it('keeps the reports of the same story and drops results about other stories', async () => {
    const live = await runLive(seed(), SEED_URL, options([]));
    expect(live.coverage.map((c) => c.domain).sort()).toEqual(['diariolacosta.es', 'harbourgazette.co.uk', 'northwind-herald.com']);
    for (const c of live.coverage) expect(c.score).toBeGreaterThanOrEqual(0.34);
    expect(live.coverage).toHaveLength(3);
    const titles = live.coverage.map((c) => c.title).join('\n');
    expect(titles).not.toMatch(/oil exports|budget hearing|Sugar harvest/);
    const first = live.coverage.find((c) => c.domain === 'northwind-herald.com')!;
    expect(first).toMatchObject({ url: 'https://www.northwind-herald.com/world/2020/01/07/pentagon-iraq-letter', lang: 'en', published: '2020-01-07T03:15:00Z', sourcecountry: 'United States' });
    expect(live.sources).toEqual([{ name: 'gdelt', ok: true, message: '3 related articles found; 3 other results dropped (another story, outside the dates, or no usable address)', requests: 1, fetched: expect.any(String) }]);
  });

  it('needs two shared terms making up a third of the headline', () => {
    const terms = new Set(['iraq', 'pentagon', 'esper', 'letter', 'withdrawal', 'draft', 'military']);
    // One shared name in a short headline: the same place, another story.
    expect(relatedness('Iraq protests', terms)).toEqual({ score: 0.5, related: false });
    // Two shared words lost in a long headline about something else.
    expect(relatedness('Pentagon military parade plans include bands, veterans, floats, fireworks and a flyover downtown', terms).related).toBe(false);
    expect(relatedness('Pentagon denies Iraq withdrawal', terms)).toEqual({ score: 0.75, related: true });
  });

  it('finds nothing when every result is about another story', async () => {
    stand.server.mode('gdelt', 'other-stories');
    const live = await runLive(seed(), SEED_URL, options([]));
    expect(live.coverage).toEqual([]);
    expect(live.sources[0]).toMatchObject({ ok: true, message: expect.stringMatching(/^0 related articles found; 3 other results dropped/) });
  });

  it('reports GDELT\'s plain-text refusal (status 200) as such', async () => {
    stand.server.mode('gdelt', 'plain-text-error');
    const live = await runLive(seed(), SEED_URL, options([]));
    expect(live.sources[0]).toMatchObject({ ok: false, message: 'did not accept the query: "The specified phrase is too short."', requests: 1 });
  });

  it('asks again only after the cache expires, and waits out the rate limit', async () => {
    const asked: string[] = [];
    const opts = options(asked);
    const cache = new MemoryCache(opts.clock);
    const limiter = new RateLimiter(5000, opts.clock);
    const first = await runLive(seed(), SEED_URL, { ...opts, cache, gdeltLimiter: limiter });
    const second = await runLive(seed(), SEED_URL, { ...opts, cache, gdeltLimiter: limiter });
    expect(asked).toHaveLength(1);
    expect(second.sources[0].requests).toBe(0);
    expect(second.coverage).toEqual(first.coverage);
    // A cached answer says when it was fetched, not when it was read again.
    opts.clock.t += 60_000;
    const third = await runLive(seed(), SEED_URL, { ...opts, cache, gdeltLimiter: limiter });
    expect(third.sources[0].fetched).toBe(first.sources[0].fetched);
    opts.clock.t += 16 * 60_000;
    await runLive(seed(), SEED_URL, { ...opts, cache, gdeltLimiter: limiter });
    expect(asked).toHaveLength(2);
  });

  it('on 429 waits for Retry-After and the limiter before asking again', async () => {
    stand.server.mode('gdelt', '429-once');
    const opts = options([]);
    const live = await runLive(seed(), SEED_URL, opts);
    expect(live.sources[0]).toMatchObject({ ok: true, requests: 2 });
    expect(live.coverage).toHaveLength(3);
    // The limiter holds the retry back for the 5 s interval (longer than Retry-After: 1).
    expect(opts.clock.sleeps).toEqual([5000]);
  });

  it.each([
    ['slow', /^no complete answer within 0\.5 s \(timed out\)$/],
    ['500', /^server error \(HTTP 500\) after 3 attempts$/],
    ['429-always', /^rate-limited \(HTTP 429\) 3 times in a row; gave up$/],
    ['malformed-json', /^the answer is not valid JSON \(.+\); it may have been cut off$/],
    ['html-error', /^answered with an HTML page \("Service Temporarily Unavailable"\) instead of JSON$/],
    ['truncated', /^the (answer was cut off: \d+ of \d+ bytes received|connection closed before the answer was complete .*)$/],
    ['huge', /^the answer is more than the 5 MB allowed; cut off and ignored$/],
  ] as const)('a %s answer fails GDELT with a clear message and nothing found', async (mode, message) => {
    stand.server.mode('gdelt', mode);
    // Only the slow case is about the timeout; the others get time to arrive on a loaded machine.
    const live = await runLive(seed(), SEED_URL, options([], { http: { timeoutMs: mode === 'slow' ? 500 : 10_000 } }));
    expect(live.coverage).toEqual([]);
    expect(live.sources[0]).toMatchObject({ name: 'gdelt', ok: false, message: expect.stringMatching(message) });
  });

  it('treats hostile answers as text and drops unusable addresses', async () => {
    stand.server.mode('gdelt', 'hostile');
    const live = await runLive(seed(), SEED_URL, options([]));
    const urls = live.coverage.map((c) => c.url);
    expect(urls.every((u) => u.startsWith('https://'))).toBe(true);
    expect(urls.join(' ')).not.toMatch(/javascript:|192\.168/);
    for (const c of live.coverage) {
      expect(c.title.length).toBeLessThanOrEqual(300);
      expect(c.title).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(live.coverage.map((c) => c.title)).toContain('<script>alert("x")</script><img src=x onerror=alert(1)> Pentagon: no decision to leave Iraq, [31mletter [0m was a draft');
    expect(live.sources[0].message).toMatch(/2 other results dropped/);
  });
});
