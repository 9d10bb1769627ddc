import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/article/extract-article.ts';
import { runLive, type LiveOptions } from '../../src/core/live/run-live.ts';
import { websiteVariants } from '../../src/core/live/wikidata-query.ts';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import { PACK_FORMAT } from '../../src/core/packs/pack.ts';
import { FakeClock, routedFetch, useLiveServer } from '../live-server/helpers.ts';
import { FERRY_ARTICLE, FERRY_URL } from '../live-server/pages.ts';
import { doc } from './helpers.ts';

const stand = useLiveServer();

const ferry = () => extractArticle(doc(FERRY_ARTICLE), { url: FERRY_URL });
const options = (asked: string[], extra: Partial<LiveOptions> = {}): LiveOptions => ({ sources: ['wikidata'], fetch: routedFetch(stand.server, asked), clock: new FakeClock(), http: { timeoutMs: 5000 }, ...extra });

describe('Wikidata outlet lookup', () => {
  it('matches the website with and without www., http and https, and a trailing slash', () => {
    expect(websiteVariants('www.porteliner.com')).toEqual([
      'https://porteliner.com', 'https://porteliner.com/', 'https://www.porteliner.com', 'https://www.porteliner.com/',
      'http://porteliner.com', 'http://porteliner.com/', 'http://www.porteliner.com', 'http://www.porteliner.com/',
    ]);
    expect(() => websiteVariants('evil.com> } ; DROP')).toThrow();
  });

  it('builds an outlet record with the owner chain in order, each fact cited to its item', async () => {
    const asked: string[] = [];
    const live = await runLive(ferry(), FERRY_URL, options(asked));
    expect(live.sources[0]).toEqual({ name: 'wikidata', ok: true, message: 'outlet found: Port Elin Courier', requests: 2, fetched: expect.any(String) });
    expect(live.outlet).toMatchObject({
      id: 'wikidata-Q98765001', name: 'Port Elin Courier', domains: ['porteliner.com'], country: 'GB', kind: 'newspaper',
      ownership: 'private', stateAffiliated: null, owners: ['Elin Media Group', 'Harbour Holdings Trust'], languages: ['en'],
    });
    expect(live.outlet!.citations.map((c) => c.url)).toEqual([
      'https://www.wikidata.org/wiki/Q98765001', 'https://www.wikidata.org/wiki/Q98765002', 'https://www.wikidata.org/wiki/Q98765003',
    ]);
    expect(live.outlet!.citations[2]).toMatchObject({ facts: ['owners', 'ownership'], says: 'Elin Media Group has as parent organisation Harbour Holdings Trust.' });
    // What was sent: the domain as website addresses, then the item's id. Not the page's path.
    const queries = asked.map((a) => new URL(a).searchParams.get('query')!);
    expect(asked.every((a) => a.startsWith('https://query.wikidata.org/sparql?'))).toBe(true);
    expect(queries[0]).toContain('<https://www.porteliner.com/>');
    expect(queries[1]).toContain('VALUES ?start { wd:Q98765001 }');
    expect(asked.join(' ')).not.toMatch(/ferry-halt|2024%2F03/);
    // The record passes the pack validator: every stated fact has a citation.
    expect(validatePack({ format: PACK_FORMAT, id: 'live-outlets', title: 't', version: '1', publisher: 'p', license: 'CC0', homepage: '', created: '2024-01-01', outlets: [live.outlet] })).toEqual([]);
  });

  it('reads state ownership from what the owner is (a ministry)', async () => {
    const live = await runLive(ferry(), 'https://radiomeridiana.com.ve/noticias/1', options([]));
    expect(live.outlet).toMatchObject({ name: 'Radio Meridiana', country: 'VE', ownership: 'state', stateAffiliated: true, state: 'VE', kind: 'broadcaster', languages: ['es', 'en'], owners: ['Ministerio de Comunicación (ejemplo)', 'Gobierno (ejemplo)'] });
    expect(live.outlet!.citations[1].facts).toEqual(['owners', 'ownership', 'stateAffiliated']);
  });

  it('says when no item has the website, and does not ask for a known outlet', async () => {
    const none = await runLive(ferry(), 'https://www.unknown-weekly.com/a', options([]));
    expect(none.outlet).toBeNull();
    expect(none.sources[0]).toMatchObject({ ok: true, message: 'no Wikidata item has this website', requests: 1 });
    const asked: string[] = [];
    const known = await runLive(ferry(), FERRY_URL, options(asked, { outletKnown: true }));
    expect(asked).toEqual([]);
    expect(known.sources[0]).toMatchObject({ ok: true, requests: 0, fetched: null, message: 'not asked: the outlet directory already knows this outlet' });
  });

  it('keeps a hostile label as plain text', async () => {
    const live = await runLive(ferry(), 'https://evilgazette.com/x', options([]));
    expect(live.outlet!.name).toBe('<img src=x onerror=alert(1)> [2J Evil Gazette');
  });

  it.each([
    ['html-error', 'answered with an HTML page ("Service Temporarily Unavailable") instead of JSON'],
    ['500', 'server error (HTTP 500) after 3 attempts'],
    ['malformed-json', /^the answer is not valid JSON/],
    ['slow', 'no complete answer within 0.5 s (timed out)'],
  ] as const)('a %s answer gives a clear message and no outlet', async (mode, message) => {
    stand.server.mode('wikidata', mode);
    const live = await runLive(ferry(), FERRY_URL, options([], mode === 'slow' ? { http: { timeoutMs: 500 } } : {}));
    expect(live.outlet).toBeNull();
    expect(live.sources[0]).toMatchObject({ ok: false, message: typeof message === 'string' ? message : expect.stringMatching(message) });
  });
});
