import browser from 'webextension-polyfill';
import type { PopupToBackground, TabReport } from '../messages.ts';
import { renderReport } from './render-report.ts';
import { h } from './h.ts';

async function load(): Promise<TabReport | undefined> {
  // popup.html?tab=N shows tab N's report (for a full-page view and for tests); otherwise the active tab.
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(asked) && asked > 0 ? asked : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
  const request: PopupToBackground['get-report']['request'] = { type: 'get-report', tabId, analyze: !asked };
  return (await browser.runtime.sendMessage(request)) as TabReport | undefined;
}

const app = document.getElementById('app')!;

function status(text: string) {
  app.replaceChildren(h('p', { class: 'status' }, text));
}

/** While live sources are still answering, ask again: the background adds their results to the report. */
const POLL_MS = 1500;
const POLL_LIMIT = 40;
let polls = 0;

function show(state: TabReport | undefined) {
  if (!state) status('Backstory has no tab to show.');
  else if (state.state === 'ready' && state.report) {
    app.replaceChildren(...renderReport(state.report, state.badges, !!state.livePending));
    if (state.livePending && polls++ < POLL_LIMIT) setTimeout(() => void load().then(show), POLL_MS);
  }
  else if (state.state === 'not-article') status('This page does not look like a news article, so Backstory has nothing to add here.');
  else if (state.state === 'pending') status('Reading the page…');
  else if (state.state === 'error') status(`Backstory could not read this page: ${state.error ?? 'unknown error'}`);
  else status('Backstory cannot read this page (browser pages and the extension store are off limits to extensions).');
}

load().then(show, (e: unknown) => status(`Backstory could not reach its background worker: ${(e as Error).message}`));
