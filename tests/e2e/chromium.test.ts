import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_OWN, PLAIN_URL, SEED_FILE, SEED_URL, SPA_URL, startNewsProxy, type NewsProxy } from './news-proxy.ts';
import { SEED_QUOTE_ENDINGS, textBeforeBadges } from './expect-seed.ts';
import { startLiveServer, type LiveServer } from '../live-server/server.ts';

const EXT = new URL('../../dist/chrome', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = new URL('../../test-results/', import.meta.url).pathname;

interface AxNode {
  nodeName: string;
  nodeValue?: string;
  children?: AxNode[];
  shadowRoots?: AxNode[];
}

/** Texts inside each badge's closed shadow root, read through the DevTools protocol (pierce). */
async function badgeTexts(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: AxNode };
  const texts: string[] = [];
  const textOf = (n: AxNode): string => (n.nodeName === 'STYLE' ? '' : (n.nodeValue ?? '') + [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(' '));
  const walk = (n: AxNode) => {
    if (n.nodeName === 'BACKSTORY-BADGE') texts.push(textOf(n).replace(/\s+/g, ' ').trim());
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
  };
  walk(root);
  await cdp.detach();
  return texts;
}

/**
 * The tab showing `url`, most recently analysed: without the "tabs" permission tabs cannot be found
 * by address, but the worker keeps each tab's report (with its address) in storage.session.
 */
async function tabIdFor(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 50; i++) {
    const id = await worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { report?: { url?: string }; updated?: number }>;
      const hits = Object.entries(all)
        .filter(([k, v]) => k.startsWith('tab:') && v?.report?.url === u)
        .sort((a, b) => (b[1].updated ?? 0) - (a[1].updated ?? 0));
      return hits.length ? Number(hits[0][0].slice(4)) : null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab with a report for ${url}`);
}

describe.skipIf(!process.env.CI && (!existsSync(CHROMIUM) || !existsSync(`${EXT}/manifest.json`)))('the built extension in Chromium', () => {
  let proxy: NewsProxy;
  let live: LiveServer;
  let context: BrowserContext;
  let extensionId: string;
  let profile: string;

  beforeAll(async () => {
    live = await startLiveServer();
    proxy = await startNewsProxy(
      {
        [SEED_URL]: SEED_FILE,
        [PLAIN_URL]: new URL('../fixtures/pages/not-an-article.html', import.meta.url).pathname,
        [SPA_URL]: new URL('../fixtures/pages/spa.html', import.meta.url).pathname,
      },
      { [new URL(live.url).host]: Number(new URL(live.url).port) },
    );
    profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 900 },
      args: [
        `--disable-extensions-except=${EXT}`,
        `--load-extension=${EXT}`,
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await proxy?.close();
    await live?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('puts six badges on the seed page, each right after its quote, with speaker and verdict', async () => {
    const page = await context.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length >= 6, null, { timeout: 15_000 });
    // Let any late re-run settle, then count again: exactly six, no duplicates.
    await page.waitForTimeout(800);
    const before = await page.evaluate(textBeforeBadges);
    expect(before).toHaveLength(6);
    SEED_QUOTE_ENDINGS.forEach((ending, i) => expect(before[i].endsWith(ending), `badge ${i + 1} follows …${ending}`).toBe(true));
    // The page cannot see into the badges: closed shadow roots.
    expect(await page.$$eval('backstory-badge', (b) => b.map((x) => x.shadowRoot))).toEqual([null, null, null, null, null, null]);
    const texts = await badgeTexts(context, page);
    expect(texts).toHaveLength(6);
    expect(texts[0]).toContain('Mark Esper');
    expect(texts[0]).toMatch(/Same words in \d+ other reports/);
    expect(texts[1]).toContain('Mark Esper');
    for (const t of texts.slice(2)) expect(t).toContain('Mark Milley');
    expect(texts[3]).toContain('Al Jazeera');
    // Hovering opens the card; the screenshot is for people to look at.
    await page.hover('backstory-badge >> nth=2');
    await page.screenshot({ path: `${SHOTS}chromium-seed-badges.png` });
    await page.close();
  });

  it('shows the outlet, the coverage and the reuse line in the popup', async () => {
    const page = await context.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length >= 6, null, { timeout: 15_000 });
    const tabId = await tabIdFor(context, SEED_URL);
    // The browser may stop the service worker at any moment: stop it, and the report must survive.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 1400 });
    await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.outlet-name');
    expect(await popup.textContent('.outlet-name')).toBe('Radio Habana Cuba');
    const outlet = await popup.textContent('section.outlet');
    expect(outlet).toContain('Cuba');
    expect(outlet).toContain('State-owned');
    expect(outlet).toContain('State-affiliated');
    expect(outlet).toContain('Instituto Cubano de Radio y Televisión');
    expect(outlet).toContain('Spanish');
    expect(await popup.$$eval('section.outlet sup a', (a) => a.length)).toBeGreaterThan(3);
    expect(await popup.textContent('.reuse-line')).toMatch(/mirrors Al Jazeera.*report of 6 Jan 2020: \d+ %/);
    const count = await popup.textContent('.coverage-count');
    expect(Number(count!.match(/(\d+) other reports/)![1])).toBeGreaterThanOrEqual(10);
    expect(count).toContain('Spanish');
    expect(await popup.textContent('.badges-count')).toBe('6 of 6 quotes marked on the page.');
    // Usable by keyboard: tabbing reaches the source links and the coverage groups.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|SUMMARY)$/);
    await popup.screenshot({ path: `${SHOTS}chromium-popup.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  it('leaves a page that is not an article alone', async () => {
    const page = await context.newPage();
    await page.goto(PLAIN_URL);
    await page.waitForTimeout(1000);
    expect(await page.$$('backstory-badge')).toHaveLength(0);
    await page.close();
  });

  it('reads an article that a single-page app loads later under a new address', async () => {
    const page = await context.newPage();
    await page.goto(SPA_URL);
    await page.waitForTimeout(800);
    expect(await page.$$('backstory-badge')).toHaveLength(0);
    await page.click('text=Harbour reopens');
    await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length === 2, null, { timeout: 10_000 });
    const texts = await badgeTexts(context, page);
    expect(texts[0]).toContain('Ines Duarte');
    expect(texts[1]).toContain('Paul Greene');
    expect(texts[1]).toContain('No other report we know carries these words');
    await page.close();
  });

  it('makes no network request of its own', () => {
    const foreign = proxy.log.filter((r) => !r.url.startsWith('http://www.radiohc.cu/') && !r.url.startsWith('http://blog.example.org/') && !BROWSER_OWN.test(r.url.replace(/^https?:\/\//, '')));
    expect(foreign).toEqual([]);
  });
  it('with GDELT turned on, sends the article\'s terms (never its address) and marks what it adds as live', async () => {
    const before = proxy.log.length;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options/options.html`);
    // As the options page stores it once the user turns GDELT on (the permission prompt cannot be
    // clicked headless; the stand-in server answers any origin, so no host permission is needed).
    await options.evaluate((endpoint) => chrome.storage.local.set({ settings: { version: 1, live: { gdelt: true }, endpoints: { gdelt: endpoint } } }), live.url);
    const page = await context.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length >= 6, null, { timeout: 15_000 });
    const tabId = await tabIdFor(context, SEED_URL);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 1600 });
    await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.live-sources li', { timeout: 20_000 });
    expect(await popup.textContent('.live-sources')).toMatch(/gdelt: \d+ related articles? found/);
    expect(await popup.$$eval('.coverage .pill.live', (p) => p.length)).toBeGreaterThan(0);
    const sent = live.requests.filter((r) => r.route === 'gdelt');
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) {
      expect(r.params.get('query')).toMatch(/iraq/i);
      expect([...r.params.values()].join(' ')).not.toMatch(/radiohc|211284|pentagon-insists/);
    }
    // Only the stand-in API was asked: no other host saw anything from the extension.
    const other = proxy.log.slice(before).filter((r) => !r.url.startsWith('http://www.radiohc.cu/') && !r.url.startsWith(live.url) && !BROWSER_OWN.test(r.url.replace(/^https?:\/\//, '')));
    expect(other).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}chromium-popup-live.png`, fullPage: true });
    await options.evaluate(() => chrome.storage.local.remove('settings'));
    await Promise.all([popup.close(), page.close(), options.close()]);
  });
});
