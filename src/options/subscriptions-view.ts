import browser from 'webextension-polyfill';
import { URLS_KEY, STATE_KEY, originOf, type Subscription } from '../core/packs/subscription.ts';

/** The subscribed-packs part of the options page. Everything a pack says is shown as text. */
const list = document.getElementById('subscriptions')!;
const status = document.getElementById('pack-status')!;
const form = document.getElementById('add-pack') as HTMLFormElement;
const input = document.getElementById('pack-url') as HTMLInputElement;

async function urls(): Promise<string[]> {
  const found = await browser.storage.local.get(URLS_KEY);
  return Array.isArray(found[URLS_KEY]) ? (found[URLS_KEY] as string[]) : [];
}

async function render() {
  const state = ((await browser.storage.local.get(STATE_KEY))[STATE_KEY] ?? {}) as Record<string, Subscription>;
  list.replaceChildren(
    ...(await urls()).map((url) => {
      const sub = state[url];
      const li = document.createElement('li');
      const what = sub?.pack
        ? `${sub.pack.title} ${sub.pack.version} — ${sub.pack.stories?.length ?? 0} stories, ${sub.pack.outlets?.length ?? 0} outlets, ${sub.pack.claims?.length ?? 0} claims`
        : 'not loaded yet';
      li.append(`${url}: ${what}`);
      if (sub?.problems?.length) {
        const p = document.createElement('ul');
        p.className = 'problems';
        const note = document.createElement('li');
        note.textContent = sub.pack ? 'The newest version was not used (the last valid one is):' : 'Not used:';
        p.append(note, ...sub.problems.slice(0, 50).map((t) => Object.assign(document.createElement('li'), { textContent: t })));
        li.append(p);
      }
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
      remove.addEventListener('click', async () => {
        await browser.storage.local.set({ [URLS_KEY]: (await urls()).filter((u) => u !== url) });
        await browser.permissions.remove({ origins: [originOf(url)] }).catch(() => false);
      });
      li.append(' ', remove);
      return li;
    }),
  );
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  let url: URL;
  try {
    url = new URL(input.value.trim());
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    status.textContent = 'That is not an http(s) address.';
    return;
  }
  // The host permission is asked for here, on the user's click; the worker fetches nothing else.
  const granted = await browser.permissions.request({ origins: [originOf(url.href)] });
  if (!granted) {
    status.textContent = `Not added: access to ${url.host} was not granted.`;
    return;
  }
  const current = await urls();
  if (!current.includes(url.href)) await browser.storage.local.set({ [URLS_KEY]: [...current, url.href] });
  status.textContent = `Added ${url.href}; fetching it…`;
  input.value = '';
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes[URLS_KEY] || changes[STATE_KEY])) void render();
});
void render();
