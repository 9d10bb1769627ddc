import { PACK_FORMAT } from './pack.ts';

export interface Problem {
  path: string;
  reason: string;
}

const OWNERSHIP = ['state', 'public', 'private', 'nonprofit', 'party', 'cooperative', 'unknown'];
const FACTS = ['name', 'country', 'ownership', 'stateAffiliated', 'owners', 'languages', 'typology', 'domains', 'kind'];
const MAX_STRING = 10_000;
const MAX_ITEMS = 1_000_000;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
// Control characters other than tab/newline have no place in pack text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Validates a parsed pack, returning every problem with its JSON path (empty when valid).
 * Strings are data, never markup: they are checked for control characters and length here and
 * rendered as text everywhere.
 */
export function validatePack(pack: unknown): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: string, reason: string) => {
    if (problems.length < 1000) problems.push({ path, reason });
  };
  const str = (obj: Json, key: string, path: string, required = true) => {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) problem(`${path}.${key}`, 'is required');
      return;
    }
    if (typeof v !== 'string') return problem(`${path}.${key}`, `must be a string, not ${typeof v}`);
    if (required && !v.trim()) problem(`${path}.${key}`, 'must not be empty');
    if (v.length > MAX_STRING) problem(`${path}.${key}`, `is longer than ${MAX_STRING} characters`);
    if (CONTROL.test(v)) problem(`${path}.${key}`, 'contains control characters');
  };
  const url = (obj: Json, key: string, path: string) => {
    str(obj, key, path);
    const v = obj[key];
    if (typeof v === 'string' && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v)) problem(`${path}.${key}`, 'must be an http(s) URL');
  };
  const list = (obj: Json, key: string, path: string, required = false): unknown[] => {
    const v = obj[key];
    if (v === undefined) {
      if (required) problem(`${path}.${key}`, 'is required');
      return [];
    }
    if (!Array.isArray(v)) {
      problem(`${path}.${key}`, 'must be an array');
      return [];
    }
    if (v.length > MAX_ITEMS) problem(`${path}.${key}`, `has more than ${MAX_ITEMS} items`);
    return v;
  };

  if (!isObject(pack)) return [{ path: '$', reason: 'a pack must be a JSON object' }];
  if (pack.format !== PACK_FORMAT) problem('$.format', `must be ${PACK_FORMAT}`);
  for (const key of ['id', 'title', 'version', 'publisher', 'license', 'created']) str(pack, key, '$');
  if (typeof pack.homepage === 'string' && pack.homepage) url(pack, 'homepage', '$');
  if (typeof pack.id === 'string' && !/^[a-z0-9][a-z0-9._-]{0,99}$/.test(pack.id)) problem('$.id', 'must be lower-case letters, digits, . _ -');

  const domains = new Map<string, string>();
  const outletIds = new Set<string>();
  list(pack, 'outlets', '$').forEach((o, i) => {
    const path = `$.outlets[${i}]`;
    if (!isObject(o)) return problem(path, 'must be an object');
    str(o, 'id', path);
    str(o, 'name', path);
    if (typeof o.id === 'string') {
      if (outletIds.has(o.id)) problem(`${path}.id`, `repeats outlet id "${o.id}"`);
      outletIds.add(o.id);
    }
    const stated = new Set<string>(['name', 'domains']);
    list(o, 'domains', path, true).forEach((d, j) => {
      if (typeof d !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) return problem(`${path}.domains[${j}]`, 'must be a lower-case host name');
      const other = domains.get(d);
      if (other) problem(`${path}.domains[${j}]`, `"${d}" is claimed by outlet "${other}" too`);
      domains.set(d, String(o.id));
    });
    if (o.country !== null && o.country !== undefined) {
      stated.add('country');
      if (typeof o.country !== 'string' || !/^[A-Z]{2}$/.test(o.country)) problem(`${path}.country`, 'must be an ISO 3166-1 alpha-2 code');
    }
    if (!OWNERSHIP.includes(o.ownership as string)) problem(`${path}.ownership`, `must be one of ${OWNERSHIP.join(', ')}`);
    else if (o.ownership !== 'unknown') stated.add('ownership');
    if (o.stateAffiliated !== undefined && o.stateAffiliated !== null && typeof o.stateAffiliated !== 'boolean') problem(`${path}.stateAffiliated`, 'must be true, false or null (unknown)');
    else if (o.stateAffiliated) stated.add('stateAffiliated');
    const owners = list(o, 'owners', path);
    if (owners.length) stated.add('owners');
    if (new Set(owners).size !== owners.length) problem(`${path}.owners`, 'owner chain is circular (a name repeats)');
    owners.forEach((x, j) => typeof x !== 'string' && problem(`${path}.owners[${j}]`, 'must be a string'));
    const langs = list(o, 'languages', path);
    if (langs.length) stated.add('languages');
    langs.forEach((x, j) => (typeof x !== 'string' || !/^[a-z]{2,3}$/.test(x)) && problem(`${path}.languages[${j}]`, 'must be an ISO 639 code'));
    if (o.typology !== undefined) stated.add('typology');
    const cited = new Set<string>();
    const citations = list(o, 'citations', path, true);
    citations.forEach((c, j) => {
      const cpath = `${path}.citations[${j}]`;
      if (!isObject(c)) return problem(cpath, 'must be an object');
      url(c, 'url', cpath);
      list(c, 'facts', cpath, true).forEach((f, k) => {
        if (!FACTS.includes(f as string)) problem(`${cpath}.facts[${k}]`, `unknown fact "${String(f)}"`);
        cited.add(f as string);
      });
    });
    for (const fact of stated) if (fact !== 'name' && fact !== 'domains' && !cited.has(fact)) problem(`${path}.citations`, `no citation for the stated fact "${fact}"`);
  });

  const storyIds = new Set<string>();
  list(pack, 'stories', '$').forEach((s, i) => {
    const path = `$.stories[${i}]`;
    if (!isObject(s)) return problem(path, 'must be an object');
    str(s, 'id', path);
    str(s, 'title', path);
    if (typeof s.id === 'string') {
      if (storyIds.has(s.id)) problem(`${path}.id`, `repeats story id "${s.id}"`);
      storyIds.add(s.id);
    }
    const urls = new Set<string>();
    list(s, 'articles', path, true).forEach((a, j) => {
      const apath = `${path}.articles[${j}]`;
      if (!isObject(a)) return problem(apath, 'must be an object');
      url(a, 'url', apath);
      if (typeof a.url === 'string') {
        if (urls.has(a.url)) problem(`${apath}.url`, 'repeats an article of this story');
        urls.add(a.url);
      }
      for (const key of ['domain', 'outlet', 'title', 'lang']) str(a, key, apath);
      str(a, 'published', apath, false);
      if (!Number.isInteger(a.tokens) || (a.tokens as number) < 0) problem(`${apath}.tokens`, 'must be a whole number');
      const fp = list(a, 'fp', apath, true);
      if (fp.some((h) => !Number.isInteger(h) || (h as number) < 0 || (h as number) > 0xffffffff)) problem(`${apath}.fp`, 'must hold 32-bit unsigned integers');
      list(a, 'terms', apath).forEach((t, k) => typeof t !== 'string' && problem(`${apath}.terms[${k}]`, 'must be a string'));
      list(a, 'quotes', apath).forEach((q, k) => {
        const qpath = `${apath}.quotes[${k}]`;
        if (!isObject(q)) return problem(qpath, 'must be an object');
        str(q, 'text', qpath);
        str(q, 'speaker', qpath, false);
      });
    });
  });
  return problems;
}
