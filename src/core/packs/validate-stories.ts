import { isU32Base64 } from './base64-u32.ts';

/**
 * Validation of a pack's `stories` and `claims` (the outlet part is in validate-pack.ts). Every
 * string is data: besides type and length, text that looks like markup or carries control
 * characters is refused, so that nothing a pack says can be taken for HTML anywhere.
 */
export interface Problem {
  path: string;
  reason: string;
}

type Json = Record<string, unknown>;
type Report = (path: string, reason: string) => void;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A tag, comment or doctype opening: "<b", "</p", "<!--", "<script". Quotes never need one. */
export const MARKUP = /<\s*[a-z!/?]/i;
const MAX_STRING = 10_000;
const MAX_ITEMS = 1_000_000;
/** ClaimReview's ratingValue scale and alternateName: https://schema.org/ClaimReview */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function checker(problem: Report) {
  const str = (obj: Json, key: string, path: string, required = true, max = MAX_STRING) => {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) problem(`${path}.${key}`, 'is required');
      return;
    }
    if (typeof v !== 'string') return problem(`${path}.${key}`, `must be a string, not ${typeof v}`);
    if (required && !v.trim()) problem(`${path}.${key}`, 'must not be empty');
    if (v.length > max) problem(`${path}.${key}`, `is longer than ${max} characters`);
    if (CONTROL.test(v)) problem(`${path}.${key}`, 'contains control characters');
    if (MARKUP.test(v)) problem(`${path}.${key}`, 'contains markup (packs hold plain text)');
  };
  const url = (obj: Json, key: string, path: string, required = true) => {
    str(obj, key, path, required);
    const v = obj[key];
    if (typeof v === 'string' && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v)) problem(`${path}.${key}`, 'must be an http(s) URL');
  };
  const date = (obj: Json, key: string, path: string) => {
    const v = obj[key];
    if (v === undefined || v === null) return;
    if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v.slice(0, 10)))) problem(`${path}.${key}`, 'must be an ISO 8601 date');
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
  return { str, url, date, list };
}

/**
 * A format-2 blob (fingerprint, term entries). Its characters matter only to the decoder (any
 * string decodes to some numbers, never to text shown anywhere), so a fingerprint's length is
 * checked but its alphabet only for term entries: the base64 regex over every fingerprint was
 * 88 ms of a 10,000-article load (bench:match).
 */
function packedWords(obj: Json, key: string, path: string, problem: Report, alphabet = true) {
  const v = obj[key];
  if (typeof v !== 'string') return problem(`${path}.${key}`, 'is required (base64 of 32-bit words)');
  if (alphabet ? !isU32Base64(v) : v.length % 4 !== 0 || v.length > 4_000_000) problem(`${path}.${key}`, 'must be base64 of 32-bit words');
}

function checkArticle(a: unknown, apath: string, problem: Report, packed = false) {
  const { str, url, date, list } = checker(problem);
  if (!isObject(a)) return problem(apath, 'must be an object');
  url(a, 'url', apath);
  for (const key of ['domain', 'outlet', 'title', 'lang']) str(a, key, apath, true, 1000);
  str(a, 'wire', apath, false, 200);
  date(a, 'published', apath);
  if (!Number.isInteger(a.tokens) || (a.tokens as number) < 0) problem(`${apath}.tokens`, 'must be a whole number');
  if (packed) {
    packedWords(a, 'fp', apath, problem, false);
    if (a.terms !== undefined) problem(`${apath}.terms`, 'belongs to the story in format 2');
  }
  const fp = packed ? [] : list(a, 'fp', apath, true);
  if (fp.some((h) => !Number.isInteger(h) || (h as number) < 0 || (h as number) > 0xffffffff)) problem(`${apath}.fp`, 'must hold 32-bit unsigned integers');
  list(a, 'terms', apath).forEach((t, k) => (typeof t !== 'string' || t.length > 100 || CONTROL.test(t) || MARKUP.test(t)) && problem(`${apath}.terms[${k}]`, 'must be a short plain-text string'));
  list(a, 'quotes', apath).forEach((q, k) => {
    const qpath = `${apath}.quotes[${k}]`;
    if (!isObject(q)) return problem(qpath, 'must be an object');
    str(q, 'text', qpath, true, 2000);
    str(q, 'speaker', qpath, false, 200);
  });
}

/** One story article's problems (used by `pack build` on each article before it is written). */
export function validateStoryArticle(a: unknown, path: string): Problem[] {
  const problems: Problem[] = [];
  checkArticle(a, path, (p, reason) => problems.push({ path: p, reason }));
  return problems;
}

export function validateStories(pack: Json, problem: Report, packed = false) {
  const { str, date, list } = checker(problem);
  if (packed) {
    const terms = list(pack, 'terms', '$', true);
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k];
      if (typeof t !== 'string' || t.length > 100 || CONTROL.test(t) || MARKUP.test(t)) problem(`$.terms[${k}]`, 'must be a short plain-text string');
    }
  }
  const storyIds = new Set<string>();
  list(pack, 'stories', '$').forEach((s, i) => {
    const path = `$.stories[${i}]`;
    if (!isObject(s)) return problem(path, 'must be an object');
    str(s, 'id', path, true, 200);
    str(s, 'title', path, true, 1000);
    str(s, 'summary', path, false);
    date(s, 'date', path);
    if (typeof s.id === 'string') {
      if (storyIds.has(s.id)) problem(`${path}.id`, `repeats story id "${s.id}"`);
      storyIds.add(s.id);
    }
    if (packed) packedWords(s, 'terms', path, problem);
    const urls = new Set<string>();
    list(s, 'articles', path, true).forEach((a, j) => {
      const apath = `${path}.articles[${j}]`;
      checkArticle(a, apath, problem, packed);
      if (isObject(a) && typeof a.url === 'string') {
        if (urls.has(a.url)) problem(`${apath}.url`, 'repeats an article of this story');
        urls.add(a.url);
      }
    });
  });
}

/**
 * Claims: a normalised quote or claim, its speaker, how outlets worded it (variants), and
 * fact-checks in ClaimReview terms (url, publisher, reviewRating.alternateName / ratingValue /
 * bestRating / worstRating, datePublished, claimReviewed).
 */
export function validateClaims(pack: Json, problem: Report) {
  const { str, url, date, list } = checker(problem);
  const ids = new Set<string>();
  list(pack, 'claims', '$').forEach((c, i) => {
    const path = `$.claims[${i}]`;
    if (!isObject(c)) return problem(path, 'must be an object');
    str(c, 'id', path, true, 200);
    if (typeof c.id === 'string') {
      if (ids.has(c.id)) problem(`${path}.id`, `repeats claim id "${c.id}"`);
      ids.add(c.id);
    }
    str(c, 'text', path, true, 2000);
    str(c, 'speaker', path, false, 200);
    str(c, 'lang', path, false, 20);
    str(c, 'story', path, false, 200);
    date(c, 'date', path);
    list(c, 'variants', path).forEach((v, j) => {
      const vpath = `${path}.variants[${j}]`;
      if (!isObject(v)) return problem(vpath, 'must be an object');
      str(v, 'outlet', vpath, true, 200);
      url(v, 'url', vpath, false);
      str(v, 'text', vpath, true, 2000);
      str(v, 'lang', vpath, false, 20);
      date(v, 'published', vpath);
    });
    list(c, 'reviews', path).forEach((r, j) => {
      const rpath = `${path}.reviews[${j}]`;
      if (!isObject(r)) return problem(rpath, 'must be an object');
      url(r, 'url', rpath);
      str(r, 'publisher', rpath, true, 200);
      str(r, 'claimReviewed', rpath, false, 2000);
      date(r, 'datePublished', rpath);
      const rating = r.reviewRating;
      if (!isObject(rating)) return problem(`${rpath}.reviewRating`, 'is required (an object with alternateName)');
      str(rating, 'alternateName', `${rpath}.reviewRating`, true, 200);
      for (const k of ['ratingValue', 'bestRating', 'worstRating'])
        if (rating[k] !== undefined && typeof rating[k] !== 'number') problem(`${rpath}.reviewRating.${k}`, 'must be a number');
    });
  });
}
