// `npm start`: builds both targets and shows Backstory working on the seed page, served locally
// under its real address. Headed Chromium where there is a display; otherwise headless, printing
// the page's Report in brief and writing screenshots of the badged page and the popup.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' });

const { chromium } = await import('playwright-core');
const { startNewsProxy, SEED_URL, SEED_FILE } = await import('../tests/e2e/news-proxy.ts');
const { formatReport } = await import('../src/cli/format-report.ts');

const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!executablePath) {
  console.error('npm start needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH).');
  process.exit(1);
}
const headed = !!process.env.DISPLAY && !process.env.CI;
const ext = join(root, 'dist/chrome');
const out = join(root, 'dist/demo');
mkdirSync(out, { recursive: true });
const proxy = await startNewsProxy({ [SEED_URL]: SEED_FILE });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-demo-')), {
  executablePath,
  headless: !headed,
  viewport: { width: 1100, height: 900 },
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, `--proxy-server=http://127.0.0.1:${proxy.port}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(SEED_URL);
await page.waitForFunction(() => document.querySelectorAll('backstory-badge').length > 0, null, { timeout: 20_000 });
const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
const state = await worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);

console.log(`\nBackstory on ${SEED_URL}\n(served from ${SEED_FILE} by a local proxy)\n`);
console.log(formatReport(state.report));

await page.hover('backstory-badge >> nth=3');
await page.screenshot({ path: join(out, 'seed-page.png') });
const popup = await context.newPage();
await popup.setViewportSize({ width: 420, height: 1400 });
await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${tabId}`);
await popup.waitForSelector('.outlet-name');
await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
console.log(`\nScreenshots: ${join(out, 'seed-page.png')} and ${join(out, 'popup.png')}`);
console.log('Extensions to load by hand: dist/chrome (Chrome: chrome://extensions → Load unpacked) and dist/firefox (Firefox: about:debugging → Load Temporary Add-on → manifest.json).');

if (headed) {
  console.log('\nChromium is open with Backstory on the seed page; close the window to finish.');
  await page.bringToFront();
  await new Promise((resolve) => context.on('close', resolve));
} else {
  console.log('\nNo display here, so Chromium ran headless; the screenshots above show what it showed.');
  await context.close();
}
await proxy.close();
