import browser from 'webextension-polyfill';
import { migrateSettings, SOURCE_ORIGINS, type Settings } from '../core/settings.ts';
import { LIVE_SOURCES, type LiveSourceName } from '../core/live/types.ts';

/** The live-sources part of the options page: a source is on only once its host permission is granted. */
const status = document.getElementById('live-status')!;
const keyInput = document.getElementById('factcheck-key') as HTMLInputElement;
const box = (name: LiveSourceName) => document.getElementById(`live-${name}`) as HTMLInputElement;

async function load(): Promise<Settings> {
  return migrateSettings((await browser.storage.local.get('settings')).settings);
}

async function save(change: (s: Settings) => void) {
  const settings = await load();
  change(settings);
  await browser.storage.local.set({ settings });
}

async function render() {
  const settings = await load();
  for (const name of LIVE_SOURCES) box(name).checked = settings.live[name];
  keyInput.value = settings.factcheckKey;
}

for (const name of LIVE_SOURCES) {
  box(name).addEventListener('change', async () => {
    const on = box(name).checked;
    // The permission request must come straight from the user's click.
    const granted = on ? await browser.permissions.request({ origins: SOURCE_ORIGINS[name] }) : true;
    await save((s) => {
      s.live[name] = on && granted;
    });
    status.textContent = on && !granted ? `${name}: access was not granted, so it stays off.` : `${name} is ${on && granted ? 'on' : 'off'}.`;
    await render();
  });
}

keyInput.addEventListener('change', async () => {
  await save((s) => {
    s.factcheckKey = keyInput.value.trim();
  });
  status.textContent = keyInput.value.trim() ? 'API key saved in this browser only.' : 'API key removed.';
});

void render();
