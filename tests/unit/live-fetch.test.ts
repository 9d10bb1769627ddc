import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/article/extract-article.ts';
import { runLive, type LiveOptions } from '../../src/core/live/run-live.ts';
import { withLive } from '../../src/core/live/with-live.ts';
import { fetchableHost } from '../../src/core/live/host-policy.ts';
import { livePack, liveStory } from '../../src/core/live/live-story.ts';
import { buildKnowledgeBase } from '../../src/core/packs/knowledge-base.ts';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import { buildReport } from '../../src/core/report.ts';
import { loadBundledPacks } from '../../src/cli/load-data.ts';
import { FakeClock, routedFetch, useLiveServer } from '../live-server/helpers.ts';
import { FERRY_ARTICLE, FERRY_URL } from '../live-server/pages.ts';
import { doc, SEED_URL, seedArticle } from './helpers.ts';

const stand = useLiveServer();

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const seed = seedArticle;
const options = (asked: string[], extra: Partial<LiveOptions> = {}): LiveOptions => ({ sources: ['gdelt', 'fetch'], fetch: routedFetch(stand.server, asked), clock: new FakeClock(), parseHtml, http: { timeoutMs: 5000 }, ...extra });
// The outlet directory only: the bundled story packs would already corroborate the seed's quotes.
const directory = () => buildKnowledgeBase([loadBundledPacks().outlets]);

describe('fetching coverage pages', () => {
  it('reads the related pages into facts and fingerprints, never keeping their text', async () => {
    const asked: string[] = [];
    const live = await runLive(seed(), SEED_URL, options(asked));
    const pages = asked.filter((a) => !a.includes('api.gdeltproject.org'));
    expect(pages.sort()).toEqual(live.coverage.map((c) => c.url).sort());
    expect(live.sources.find((s) => s.name === 'fetch')).toMatchObject({ ok: true, requests: 3, message: '3 pages of 3 read' });
    const herald = live.articles.find((a) => a.domain === 'northwind-herald.com')!;
    expect(Object.keys(herald).sort()).toEqual(['domain', 'fp', 'lang', 'outlet', 'published', 'quotes', 'terms', 'title', 'tokens', 'url', 'wire']);
    expect(herald.fp.length).toBeGreaterThan(10);
    expect(herald.published).toBe('2020-01-07T02:40:00Z');
    expect(herald.quotes.map((q) => q.text)).toContain("There's been no decision whatsoever to leave Iraq");
    expect(JSON.stringify(live.articles)).not.toContain('spent Monday evening explaining away');
    const story = liveStory('t', '2020-01-07', live)!;
    expect(validatePack(livePack(story, '2020-01-07T00:00:00.000Z'))).toEqual([]);
  });

  it('corroborates the article\'s quotes against the fetched pages, marked live', async () => {
    const article = seed();
    const kb = directory();
    const report = buildReport(article, kb, SEED_URL);
    const before = report.quotes.find((q) => q.text === "There's been no decision whatsoever to leave Iraq")!;
    expect(before.verdict).toBe('uncorroborated');
    const live = await runLive(article, SEED_URL, options([]));
    const out = withLive(report, article, live, kb);
    const esper = out.quotes.find((q) => q.text === "There's been no decision whatsoever to leave Iraq")!;
    expect(esper.verdict).toBe('verbatim');
    expect(esper.sources).toEqual([expect.objectContaining({ domain: 'northwind-herald.com', relation: 'verbatim', live: true, fetched: expect.any(String) })]);
    const milley = out.quotes.find((q) => q.text.startsWith('Poorly worded'))!;
    expect(milley.verdict).toBe('verbatim');
    expect(milley.sources.map((s) => [s.domain, s.relation])).toEqual(expect.arrayContaining([['northwind-herald.com', 'verbatim'], ['harbourgazette.co.uk', 'variant']]));
    // Coverage: the three reports, live, with when they were fetched; the pack-based parts unchanged.
    expect(out.coverage).toHaveLength(3);
    for (const c of out.coverage) expect(c).toMatchObject({ live: true, fetched: live.sources[0].fetched, independent: true });
    expect(out.story).toMatchObject({ live: true, title: article.title });
    expect(out.independentSources).toBe(3);
    expect(out.outlet).toEqual(report.outlet);
    expect(out.live.sources.map((s) => s.name)).toEqual(['gdelt', 'fetch']);
  });

  it('measures text reuse against a fetched page', async () => {
    const article = extractArticle(doc(FERRY_ARTICLE), { url: FERRY_URL });
    const kb = directory();
    const live = await runLive(article, FERRY_URL, options([], { clock: new FakeClock(Date.parse('2024-03-20T00:00:00Z')) }));
    expect(live.coverage.map((c) => c.domain)).toEqual(['coastalwire.com']);
    const out = withLive(buildReport(article, kb, FERRY_URL), article, live, kb);
    expect(out.reuse).toHaveLength(1);
    expect(out.reuse[0]).toMatchObject({ domain: 'coastalwire.com', live: true, earlier: false });
    // Four of the article's six paragraphs are in the wire's page.
    expect(out.reuse[0].share).toBeGreaterThan(0.6);
    expect(out.reuse[0].share).toBeLessThan(0.95);
  });

  it('never fetches addresses off the public web', async () => {
    expect(fetchableHost('https://www.example.com/a', false)).toBe(true);
    for (const bad of ['http://192.168.1.10/a', 'http://10.0.0.1/', 'http://127.0.0.1:8080/', 'http://localhost/x', 'http://intranet/x', 'http://[::1]/', 'javascript:alert(1)', 'file:///etc/passwd'])
      expect(fetchableHost(bad, false), bad).toBe(false);
    expect(fetchableHost('http://127.0.0.1:8080/pages/x', true)).toBe(true);
    expect(fetchableHost('http://192.168.1.10/a', true)).toBe(false);
    stand.server.mode('gdelt', 'hostile');
    const asked: string[] = [];
    await runLive(seed(), SEED_URL, options(asked));
    expect(asked.join(' ')).not.toMatch(/javascript:|192\.168/);
  });

  it('a failing page is reported and the others still count', async () => {
    stand.server.mode('pages', '500');
    const live = await runLive(seed(), SEED_URL, options([], { http: { timeoutMs: 5000, retries: 0 } }));
    const fetchSource = live.sources.find((s) => s.name === 'fetch')!;
    expect(fetchSource).toMatchObject({ ok: false, message: expect.stringMatching(/^0 pages of 3 read; .*northwind-herald\.com: server error \(HTTP 500\) after 2 attempts/) });
    expect(live.coverage).toHaveLength(3);
  });

  it('fetch alone has nothing to read and sends nothing', async () => {
    const asked: string[] = [];
    const live = await runLive(seed(), SEED_URL, options(asked, { sources: ['fetch'] }));
    expect(asked).toEqual([]);
    expect(live.sources).toEqual([{ name: 'fetch', ok: false, requests: 0, fetched: null, message: 'nothing to fetch: fetch reads the coverage pages GDELT finds; turn gdelt on too' }]);
  });
});
