import type { Pack } from './pack.ts';

/**
 * The storage contract of subscribed packs, shared by the options page (which writes the URL list
 * the user added) and the worker (which fetches, validates and keeps the packs).
 */
export const URLS_KEY = 'packUrls';
export const STATE_KEY = 'packState';

export interface Subscription {
  url: string;
  etag: string | null;
  checked: number | null;
  /** The last valid version, kept when a newer one is bad or unreachable. */
  pack: Pack | null;
  /** Why the last refresh did not replace the pack (every problem, with its JSON path). */
  problems: string[];
}

/** The host permission pattern a pack URL needs. */
export const originOf = (url: string) => `${new URL(url).origin}/*`;
