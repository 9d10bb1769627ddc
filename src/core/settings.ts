import { LIVE_SOURCES, type LiveSourceName } from './live/types.ts';

/**
 * The user's settings: the defaults are the type, and stored settings are brought up to date by
 * a list of small migrations (refined-github's options-storage habit). Everything live is off by
 * default: nothing leaves the browser until the user turns a source on.
 */
export const defaults = {
  version: 1,
  live: { gdelt: false, wikidata: false, factcheck: false, fetch: false } as Record<LiveSourceName, boolean>,
  /** The user's own Google API key for Fact Check Tools; kept in local storage only. */
  factcheckKey: '',
  /**
   * Where the live sources are asked: a mirror can stand in for an API (no user interface; set in
   * storage). Empty means the API's own address.
   */
  endpoints: { gdelt: '', wikidata: '', factcheck: '' },
};

export type Settings = typeof defaults;

/** migrations[i] brings stored settings from version i + 1 to i + 2. */
export type Migration = (stored: Record<string, unknown>) => void;
export const migrations: Migration[] = [];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stored settings (of any version, or anything at all) → valid current settings; unknown keys dropped. */
export function migrateSettings(stored: unknown, steps: readonly Migration[] = migrations): Settings {
  const s: Record<string, unknown> = isObject(stored) ? structuredClone(stored) : {};
  let version = typeof s.version === 'number' && Number.isInteger(s.version) && s.version >= 1 ? s.version : 1;
  for (; version - 1 < steps.length; version++) steps[version - 1](s);
  const live = isObject(s.live) ? s.live : {};
  const endpoints = isObject(s.endpoints) ? s.endpoints : {};
  const url = (v: unknown) => (typeof v === 'string' && /^https?:\/\/[^\s]+$/i.test(v) ? v : '');
  return {
    version: defaults.version + steps.length,
    live: Object.fromEntries(LIVE_SOURCES.map((name) => [name, live[name] === true])) as Record<LiveSourceName, boolean>,
    factcheckKey: typeof s.factcheckKey === 'string' ? s.factcheckKey.trim().slice(0, 200) : '',
    endpoints: { gdelt: url(endpoints.gdelt), wikidata: url(endpoints.wikidata), factcheck: url(endpoints.factcheck) },
  };
}

export function enabledSources(settings: Settings): LiveSourceName[] {
  return LIVE_SOURCES.filter((name) => settings.live[name]);
}

/** The hosts each source talks to, for the permission asked when the user turns it on. */
export const SOURCE_ORIGINS: Record<LiveSourceName, string[]> = {
  gdelt: ['https://api.gdeltproject.org/*'],
  wikidata: ['https://query.wikidata.org/*'],
  factcheck: ['https://factchecktools.googleapis.com/*'],
  // Coverage pages can be on any news site.
  fetch: ['*://*/*'],
};
