import browser from 'webextension-polyfill';
import './subscriptions-view.ts';
import './live-view.ts';

const ALL_SITES = { origins: ['*://*/*'] };
const everywhere = document.getElementById('everywhere') as HTMLInputElement;
const status = document.getElementById('everywhere-status')!;

async function refresh() {
  everywhere.checked = await browser.permissions.contains(ALL_SITES);
  status.textContent = everywhere.checked ? 'Backstory may read articles on every site.' : '';
}

everywhere.addEventListener('change', async () => {
  // Permission requests must come straight from the user's click; the worker registers the script.
  if (everywhere.checked) await browser.permissions.request(ALL_SITES);
  else await browser.permissions.remove(ALL_SITES);
  await refresh();
});

async function listPacks() {
  const list = document.getElementById('packs')!;
  for (const path of ['packs/outlets.json', 'packs/stories.json']) {
    const pack = (await (await fetch(browser.runtime.getURL(path))).json()) as { title: string; version: string; outlets?: unknown[]; stories?: Array<{ articles: unknown[] }> };
    const li = document.createElement('li');
    const what = pack.outlets ? `${pack.outlets.length} outlets` : `${pack.stories?.length ?? 0} stories, ${pack.stories?.reduce((n, s) => n + s.articles.length, 0) ?? 0} articles`;
    li.textContent = `${pack.title} ${pack.version} — ${what} (bundled)`;
    list.append(li);
  }
}

void refresh();
void listPacks();
