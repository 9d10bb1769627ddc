import { describe, expect, it } from 'vitest';
import { runLive, type LiveOptions } from '../../src/core/live/run-live.ts';
import { FakeClock, routedFetch, useLiveServer } from '../live-server/helpers.ts';
import { VALID_KEY } from '../live-server/factcheck-answers.ts';
import { SEED_URL, seedArticle } from './helpers.ts';

const stand = useLiveServer();

const seed = seedArticle;
const options = (asked: string[], key: string | null, extra: Partial<LiveOptions> = {}): LiveOptions => ({ sources: ['factcheck'], fetch: routedFetch(stand.server, asked), clock: new FakeClock(), factcheckKey: key, ...extra });

describe('Google Fact Check Tools', () => {
  it('searches each quote and files the ClaimReviews under the quote they were found for', async () => {
    const asked: string[] = [];
    const article = seed();
    const live = await runLive(article, SEED_URL, options(asked, VALID_KEY));
    const params = asked.map((a) => new URL(a).searchParams);
    expect(asked.every((a) => a.startsWith('https://factchecktools.googleapis.com/v1alpha1/claims:search?'))).toBe(true);
    // Quotes of four words or more, each once, with the language and the key; nothing else of the page.
    const searched = article.quotes.filter((q) => q.text.split(/\s+/).length >= 4).map((q) => q.text);
    expect(params.map((p) => p.get('query'))).toEqual(searched);
    for (const p of params) expect(Object.fromEntries(p)).toMatchObject({ languageCode: 'en', pageSize: '5', key: VALID_KEY });
    expect(asked.join(' ')).not.toMatch(/radiohc|Pentagon%20insists/);
    const i = article.quotes.findIndex((q) => q.text === "There's been no decision whatsoever to leave Iraq");
    expect(live.factChecks[i]).toEqual([
      { claim: 'The United States has decided to pull its troops out of Iraq', claimant: 'Social media posts', claimDate: '2020-01-06T00:00:00Z', publisher: 'Checkpoint Desk', site: 'checkpointdesk.org', url: 'https://checkpointdesk.org/2020/01/iraq-withdrawal-letter', title: 'No, the US has not decided to leave Iraq', textualRating: 'False', reviewDate: '2020-01-08T00:00:00Z', languageCode: 'en' },
    ]);
    expect(live.factChecks.filter((f, j) => j !== i).flat()).toEqual([]);
    expect(live.sources[0]).toMatchObject({ ok: true, message: `1 fact-check found for ${searched.length} quotes searched`, requests: searched.length });
  });

  it('says plainly that an invalid key was refused, after one request', async () => {
    const live = await runLive(seed(), SEED_URL, options([], 'not-a-real-key'));
    expect(live.sources[0]).toMatchObject({ ok: false, requests: 1, message: 'the API key was refused (API_KEY_INVALID): API key not valid. Please pass a valid API key. Check the key and that the Fact Check Tools API is enabled for it.' });
    const blocked = await runLive(seed(), SEED_URL, options([], 'blocked-key'));
    expect(blocked.sources[0].message).toMatch(/^the API key was refused \(API_KEY_SERVICE_BLOCKED\): Requests to this API/);
  });

  it('sends nothing without a key', async () => {
    const asked: string[] = [];
    const live = await runLive(seed(), SEED_URL, options(asked, null));
    expect(asked).toEqual([]);
    expect(live.sources[0]).toMatchObject({ ok: false, requests: 0, message: 'not asked: Google Fact Check Tools needs your API key' });
  });

  it('drops reviews with script addresses and keeps hostile text as bounded plain text', async () => {
    stand.server.mode('factcheck', 'hostile');
    const live = await runLive(seed(), SEED_URL, options([], VALID_KEY));
    const all = live.factChecks.flat();
    // Two quotes mention the decision; each keeps only the review with an https address.
    expect(all).toHaveLength(2);
    for (const f of all) expect(f).toMatchObject({ url: 'https://checkpointdesk.org/2020/01/iraq-letter', publisher: '<script>alert(1)</script>Checkpoint Desk', claim: '<b>US</b> decided to leave Iraq', claimant: 'Posts [31m online', textualRating: 'Misleading ]0;pwned', reviewDate: null });
    expect(all[0].title!.length).toBeLessThanOrEqual(300);
  });

  it('a 500 or an HTML page from the API is a clear failure', async () => {
    stand.server.mode('factcheck', '500');
    const live = await runLive(seed(), SEED_URL, options([], VALID_KEY, { http: { retries: 0 } }));
    expect(live.sources[0]).toMatchObject({ ok: false, message: 'server error (HTTP 500) after 1 attempt' });
    stand.server.mode('factcheck', 'html-error');
    const html = await runLive(seed(), SEED_URL, options([], VALID_KEY));
    expect(html.sources[0]).toMatchObject({ ok: false, message: 'answered with an HTML page ("Service Temporarily Unavailable") instead of JSON' });
  });
});
