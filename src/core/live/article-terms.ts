import type { Article } from '../article/article.ts';
import { foldCase } from '../text/normalize.ts';
import { canonicalTerm, salientTerms } from '../text/terms.ts';

/**
 * Words that are salient in a news text but say nothing about which story it is: days, months
 * (en/es/fr/pt) and ranks that precede names. A query made of them finds every story of the week.
 */
const GENERIC = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche segunda terca quarta quinta sexta ' +
    'january february march april may june july august september october november december enero febrero marzo abril mayo junio julio ' +
    'agosto septiembre octubre noviembre diciembre janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre ' +
    'general president minister secretary senator spokesman spokeswoman official officials reporters etc'
  ).split(' '),
);

export interface QueryTerms {
  /** Terms every result must have: the headline's strongest names. */
  must: string[];
  /** Terms of which a result must have one: the other names and distinctive words. */
  any: string[];
}

/** The surface spelling (lower case, accents kept) most used for each folded word of the text. */
function surfaceForms(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const lower = word.toLowerCase();
    const key = foldCase(word);
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(lower, (forms.get(lower) ?? 0) + 1);
    counts.set(key, forms);
  }
  const out = new Map<string, string>();
  for (const [key, forms] of counts) out.set(key, [...forms.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/** Only letters and digits reach a query: no operators, no addresses, no markup from the page. */
const QUERYABLE = /^[\p{L}\p{N}]{4,30}$/u;

/**
 * The key terms of an article for a keyword search: names first (capitalised in the text, so
 * they carry across languages and outlets), headline words before body words. Built from the
 * headline and body only; the page's address is never an input, so it cannot leak into a query.
 * `english` gives the terms in their English canonical form (for the cross-lingual query),
 * otherwise in the article's own spelling.
 */
export function queryTerms(article: Pick<Article, 'title' | 'paragraphs'>, english: boolean): QueryTerms {
  const title = article.title ?? '';
  const text = `${title}\n${article.paragraphs.join('\n\n')}`;
  const ranked = salientTerms(text, 40);
  const forms = surfaceForms(text);
  const names = new Set(
    (text.match(/(?<![.!?]\s)\b\p{Lu}[\p{L}]{2,}/gu) ?? []).map((w) => canonicalTerm(foldCase(w))),
  );
  const inTitle = new Set(salientTerms(title, 20));
  const given = givenNames(text);
  const usable = ranked.filter((t) => !GENERIC.has(t) && QUERYABLE.test(t));
  const byPriority = [...usable].sort((a, b) => priority(b) - priority(a));
  function priority(t: string) {
    return given.has(t) ? -1 : (names.has(t) ? 2 : 0) + (inTitle.has(t) ? 1 : 0);
  }
  const must = byPriority.filter((t) => inTitle.has(t)).slice(0, 2);
  if (must.length < 2) must.push(...byPriority.filter((t) => !must.includes(t)).slice(0, 2 - must.length));
  // "iraqi" next to "iraq" narrows nothing; skip words that merely extend a required one.
  const any = byPriority.filter((t) => !must.some((m) => t.startsWith(m) || m.startsWith(t))).slice(0, 4);
  const spell = (t: string) => (english ? t : nativeSpelling(t, forms));
  return { must: must.map(spell), any: any.map(spell) };
}

/**
 * Words that only ever appear right before another capitalised word ("Mark" in "Mark Esper",
 * "Mark Milley"): given names and titles, shared by unrelated people, so they go last.
 */
function givenNames(text: string): Set<string> {
  const seen = new Map<string, boolean>();
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}]+)(\s+\p{Lu})?/gu)) {
    const key = canonicalTerm(foldCase(m[1]));
    seen.set(key, (seen.get(key) ?? true) && !!m[2]);
  }
  for (const m of text.matchAll(/\b(\p{Ll}[\p{L}]+)/gu)) seen.set(canonicalTerm(foldCase(m[1])), false);
  return new Set([...seen].filter(([, always]) => always).map(([k]) => k));
}

/** salientTerms gives English canonical forms; the native query wants the page's own word back. */
function nativeSpelling(term: string, forms: Map<string, string>): string {
  const direct = forms.get(term);
  if (direct) return direct;
  for (const [key, form] of forms) if (canonicalTerm(key) === term) return form;
  return term;
}
