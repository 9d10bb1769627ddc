import browser from 'webextension-polyfill';
import type { Pack } from '../core/packs/pack.ts';
import { validatePack } from '../core/packs/validate-pack.ts';
import { STATE_KEY, URLS_KEY, originOf, type Subscription } from '../core/packs/subscription.ts';

/**
 * Subscribed packs. The options page writes the list of pack URLs the user added (`packUrls`, after
 * the user granted that host); the worker fetches each — only those, only with their host
 * permission — with ETag revalidation, validates it, and keeps the last good version in
 * storage.local when a new one is bad or unreachable (`packState`).
 */
const ALARM = 'backstory-refresh-packs';
/** Packs are curated lists that change daily at most; every 6 hours is plenty. */
const REFRESH_MINUTES = 360;
/** Larger packs are refused before parsing: the bundled ones are < 1 MB, 100,000 articles ~ 300 MB. */
export const MAX_PACK_BYTES = 150 * 1024 * 1024;

export async function readState(): Promise<Record<string, Subscription>> {
  const found = await browser.storage.local.get(STATE_KEY);
  return (found[STATE_KEY] as Record<string, Subscription> | undefined) ?? {};
}

async function readUrls(): Promise<string[]> {
  const found = await browser.storage.local.get(URLS_KEY);
  const urls = found[URLS_KEY];
  return Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u)) : [];
}

async function fetchPack(sub: Subscription): Promise<Subscription> {
  const checked = Date.now();
  if (!(await browser.permissions.contains({ origins: [originOf(sub.url)] })))
    return { ...sub, checked, problems: [`no permission to read ${new URL(sub.url).host}: add the pack again from the options page`] };
  let response: Response;
  try {
    response = await fetch(sub.url, { headers: sub.etag && sub.pack ? { 'If-None-Match': sub.etag } : {}, cache: 'no-cache', credentials: 'omit' });
  } catch (e) {
    return { ...sub, checked, problems: [`unreachable: ${(e as Error).message}`] };
  }
  if (response.status === 304) return { ...sub, checked, problems: [] };
  if (!response.ok) return { ...sub, checked, problems: [`HTTP ${response.status}`] };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PACK_BYTES) return { ...sub, checked, problems: [`$: is ${Math.round(declared / 1048576)} MB; packs over ${MAX_PACK_BYTES / 1048576} MB are refused`] };
  const text = await response.text();
  if (text.length > MAX_PACK_BYTES) return { ...sub, checked, problems: [`$: is over ${MAX_PACK_BYTES / 1048576} MB; refused`] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ...sub, checked, problems: [`$: not JSON (${(e as Error).message})`] };
  }
  const problems = validatePack(parsed);
  if (problems.length) return { ...sub, checked, problems: problems.map((p) => `${p.path}: ${p.reason}`) };
  return { url: sub.url, etag: response.headers.get('etag'), checked, pack: parsed as Pack, problems: [] };
}

/** Fetches the subscribed packs (all, or the given URLs), keeping the last good versions. */
export async function refreshPacks(only?: string[]): Promise<boolean> {
  const urls = await readUrls();
  const before = await readState();
  const after: Record<string, Subscription> = {};
  let changed = false;
  for (const url of urls) {
    const sub = before[url] ?? { url, etag: null, checked: null, pack: null, problems: [] };
    after[url] = only && !only.includes(url) ? sub : await fetchPack(sub);
    if (after[url].pack !== sub.pack) changed = true;
  }
  if (Object.keys(before).some((u) => !urls.includes(u))) changed = true;
  try {
    await browser.storage.local.set({ [STATE_KEY]: after });
  } catch (e) {
    // Over the storage quota (10 MB without the unlimitedStorage permission): keep the old state,
    // and say why on the options page.
    for (const url of Object.keys(after)) if (after[url].pack !== before[url]?.pack) after[url] = { ...(before[url] ?? after[url]), pack: before[url]?.pack ?? null, problems: [`could not be stored: ${(e as Error).message}`] };
    await browser.storage.local.set({ [STATE_KEY]: after });
  }
  return changed;
}

/** The valid subscribed packs, re-validated (storage could hold anything an older version wrote). */
export async function subscribedPacks(): Promise<{ packs: Pack[]; problems: string[] }> {
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const sub of Object.values(await readState())) {
    if (!sub?.pack) continue;
    const found = validatePack(sub.pack);
    if (found.length) problems.push(`${sub.url}: ${found[0].path} ${found[0].reason}`);
    else packs.push(sub.pack);
  }
  return { packs, problems };
}

/**
 * Registers (synchronously, at the worker's top level) the refresh on a timer and on a change of
 * the URL list; `reload` is called when the set of packs changed.
 */
export function watchSubscriptions(reload: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes[URLS_KEY]) return;
    const old = new Set((changes[URLS_KEY].oldValue as string[] | undefined) ?? []);
    const added = ((changes[URLS_KEY].newValue as string[] | undefined) ?? []).filter((u) => !old.has(u));
    void refreshPacks(added).then(reload);
  });
  if (browser.alarms) {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) void refreshPacks().then((changed) => changed && reload());
    });
    void browser.alarms.get(ALARM).then((a) => {
      if (!a) void browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
    });
  }
}
