/**
 * The one message contract between the extension's contexts, named by direction. Every handler
 * object `satisfies` its contract, and every message is checked at runtime by `isMessage` before
 * it is handled: content scripts run next to untrusted pages, so they can only ask, never configure.
 */
import type { Article } from './core/article/article.ts';
import type { Report } from './core/report.ts';
import type { LiveReport } from './core/live/with-live.ts';
import type { DiffOp } from './core/match/diff-words.ts';
import type { Verdict } from './core/match/corroborate.ts';

/** What a badge shows: all a content script learns back about a quote. */
export interface BadgeData {
  index: number;
  speaker: string | null;
  verdict: Verdict;
  /** Outlets carrying the same words (verbatim) or, for a variant, other words. */
  outlets: string[];
  translations: number;
  /** For a variant: the closest source's wording as a diff against this page's. */
  diff: DiffOp[] | null;
  diffOutlet: string | null;
  earliest: { outlet: string; published: string | null } | null;
}

export type TabState = 'ready' | 'not-article' | 'pending' | 'error' | 'unavailable';

export interface TabReport {
  state: TabState;
  /** The pack-based Report, extended with `live` results when the user turned live sources on. */
  report: Report | LiveReport | null;
  /** Live sources are still being asked for this page. */
  livePending?: boolean;
  /** How many badges the content script placed on the page. */
  badges: number;
  /** The content script's own time on this page, in ms (its clock): the cheap check, and all of its work. */
  timing?: ContentTiming;
  error?: string;
  updated: number;
}

export interface ContentTiming {
  check: number;
  total: number;
}

export interface ContentToBackground {
  article: { request: { type: 'article'; article: Article; url: string }; response: { badges: BadgeData[] } };
  'not-article': { request: { type: 'not-article'; url: string; timing: ContentTiming }; response: { ok: true } };
  'badges-rendered': { request: { type: 'badges-rendered'; count: number; url: string; timing: ContentTiming }; response: { ok: true } };
}

export interface PopupToBackground {
  'get-report': { request: { type: 'get-report'; tabId: number; analyze: boolean }; response: TabReport };
}

export type Handlers<C, S> = { [K in keyof C]: (message: C[K] extends { request: infer R } ? R : never, sender: S) => Promise<C[K] extends { response: infer R } ? R : never> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTiming = (v: unknown) => isObject(v) && Number.isFinite(v.check) && Number.isFinite(v.total);

/** Shape checks of incoming messages; anything else is dropped. */
export const validators: { [K in keyof ContentToBackground | keyof PopupToBackground]: (m: Record<string, unknown>) => boolean } = {
  article: (m) => typeof m.url === 'string' && isObject(m.article) && Array.isArray((m.article as Record<string, unknown>).paragraphs) && Array.isArray((m.article as Record<string, unknown>).quotes),
  'not-article': (m) => typeof m.url === 'string' && isTiming(m.timing),
  'badges-rendered': (m) => typeof m.url === 'string' && Number.isInteger(m.count) && isTiming(m.timing),
  'get-report': (m) => Number.isInteger(m.tabId) && typeof m.analyze === 'boolean',
};

export function isMessage(m: unknown): m is { type: keyof typeof validators } & Record<string, unknown> {
  return isObject(m) && typeof m.type === 'string' && Object.hasOwn(validators, m.type) && validators[m.type as keyof typeof validators](m);
}
