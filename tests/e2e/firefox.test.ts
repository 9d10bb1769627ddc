import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { BROWSER_OWN, PLAIN_URL, SEED_FILE, SEED_URL, startNewsProxy, type NewsProxy } from './news-proxy.ts';
import { SEED_QUOTE_ENDINGS, textBeforeBadges } from './expect-seed.ts';
import { startLiveServer, type LiveServer } from '../live-server/server.ts';

const EXT = new URL('../../dist/firefox', import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const SHOTS = new URL('../../test-results/', import.meta.url).pathname;
// A fixed internal UUID, so the test knows the extension's moz-extension:// origin.
const UUID = 'd3b4c1a2-0000-4000-8000-000000000001';
const GECKO_ID = 'backstory@backstory.invalid';

/** moz-extension pages never report "load" to WebDriver BiDi: navigate, then wait for the address. */
async function openExtensionPage(page: Page, path: string) {
  const url = `moz-extension://${UUID}/${path}`;
  page.goto(url).catch(() => undefined);
  await page.waitForFunction((u) => location.href === u, { timeout: 15_000 }, url);
}

describe.skipIf(!process.env.CI && (!existsSync(FIREFOX) || !existsSync(`${EXT}/manifest.json`)))('the built extension in Firefox ESR', () => {
  let proxy: NewsProxy;
  let live: LiveServer;
  let browser: Browser;

  beforeAll(async () => {
    live = await startLiveServer();
    proxy = await startNewsProxy(
      { [SEED_URL]: SEED_FILE, [PLAIN_URL]: new URL('../fixtures/pages/not-an-article.html', import.meta.url).pathname },
      { [new URL(live.url).host]: Number(new URL(live.url).port) },
    );
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      },
    });
    expect(await browser.installExtension(EXT)).toBe(GECKO_ID);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await live?.close();
  });

  it('puts six badges on the seed page, each right after its quote', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(SEED_URL);
    await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length >= 6, { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 800));
    const before = await page.evaluate(textBeforeBadges);
    expect(before).toHaveLength(6);
    SEED_QUOTE_ENDINGS.forEach((ending, i) => expect(before[i].endsWith(ending), `badge ${i + 1} follows …${ending}`).toBe(true));
    expect(await page.$$eval('backstory-badge', (b) => b.map((x) => x.shadowRoot))).toEqual([null, null, null, null, null, null]);
    await page.hover('backstory-badge:nth-of-type(1)');
    await page.screenshot({ path: `${SHOTS}firefox-seed-badges.png` });
  });

  it('shows the outlet, coverage, reuse and quote verdicts in the popup', async () => {
    const popup = await browser.newPage();
    await openExtensionPage(popup, 'popup/popup.html');
    const tabId = await popup.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<Array<{ id: number; url?: string }>> } } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id;
    }, SEED_URL);
    expect(tabId).toBeTypeOf('number');
    await popup.setViewport({ width: 420, height: 1400 });
    await openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.outlet-name', { timeout: 15_000 });
    expect(await popup.$eval('.outlet-name', (e) => e.textContent)).toBe('Radio Habana Cuba');
    const outlet = await popup.$eval('section.outlet', (e) => e.textContent);
    expect(outlet).toContain('State-owned');
    expect(outlet).toContain('State-affiliated');
    expect(await popup.$eval('.reuse-line', (e) => e.textContent)).toMatch(/mirrors Al Jazeera.*report of 6 Jan 2020: \d+ %/);
    const count = await popup.$eval('.coverage-count', (e) => e.textContent);
    expect(Number(count!.match(/(\d+) other reports/)![1])).toBeGreaterThanOrEqual(10);
    const quotes = await popup.$$eval('.quote', (qs) => qs.map((q) => q.textContent ?? ''));
    expect(quotes).toHaveLength(6);
    expect(quotes[0]).toContain('Mark Esper');
    expect(quotes[0]).toContain('same words elsewhere');
    expect(quotes[3]).toContain('Mark Milley');
    expect(await popup.$eval('.badges-count', (e) => e.textContent)).toBe('6 of 6 quotes marked on the page.');
    await popup.screenshot({ path: `${SHOTS}firefox-popup.png`, fullPage: true });
  });

  it('leaves a page that is not an article alone', async () => {
    const page = await browser.newPage();
    await page.goto(PLAIN_URL);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.$$('backstory-badge')).toHaveLength(0);
  });

  it('makes no network request of its own', () => {
    const foreign = proxy.log.filter((r) => !r.url.startsWith('http://www.radiohc.cu/') && !r.url.startsWith('http://blog.example.org/') && !BROWSER_OWN.test(r.url.replace(/^https?:\/\//, '')));
    expect(foreign).toEqual([]);
  });
  it('with GDELT turned on, sends the article\'s terms (never its address) and marks what it adds as live', async () => {
    const options = await browser.newPage();
    await openExtensionPage(options, 'options/options.html');
    await options.evaluate(async (endpoint) => {
      const api = (globalThis as unknown as { browser: { storage: { local: { set: (x: object) => Promise<void> } } } }).browser;
      await api.storage.local.set({ settings: { version: 1, live: { gdelt: true }, endpoints: { gdelt: endpoint } } });
    }, live.url);
    const page = await browser.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length >= 6, { timeout: 20_000 });
    const popup = await browser.newPage();
    await openExtensionPage(popup, 'popup/popup.html');
    const tabId = await popup.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<Array<{ id: number; url?: string }>> } } }).browser;
      return (await api.tabs.query({})).filter((t) => t.url === url).pop()?.id;
    }, SEED_URL);
    await openExtensionPage(popup, `popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.live-sources li', { timeout: 20_000 });
    expect(await popup.$eval('.live-sources', (e) => e.textContent)).toMatch(/gdelt: \d+ related articles? found/);
    const sent = live.requests.filter((r) => r.route === 'gdelt');
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) expect([...r.params.values()].join(' ')).not.toMatch(/radiohc|211284|pentagon-insists/);
    await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { remove: (k: string) => Promise<void> } } } }).browser;
      await api.storage.local.remove('settings');
    });
  });
});
