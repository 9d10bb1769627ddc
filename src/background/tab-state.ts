import browser from 'webextension-polyfill';
import type { TabReport } from '../messages.ts';

/**
 * Per-tab state lives in storage.session, so a service worker that the browser stops and restarts
 * loses nothing, and nothing is written to disk.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabReport | null> {
  const found = await browser.storage.session.get(key(tabId));
  return (found[key(tabId)] as TabReport | undefined) ?? null;
}

export async function setTab(tabId: number, state: TabReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function patchTab(tabId: number, patch: Partial<TabReport>): Promise<void> {
  const current = await getTab(tabId);
  if (current) await setTab(tabId, { ...current, ...patch, updated: Date.now() });
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
