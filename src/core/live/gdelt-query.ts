import type { Article } from '../article/article.ts';
import { queryTerms, type QueryTerms } from './article-terms.ts';

/** GDELT's `sourcelang:` names for the ISO 639-1 codes Backstory meets most. */
export const GDELT_LANGUAGES: Record<string, string> = {
  en: 'english', es: 'spanish', fr: 'french', pt: 'portuguese', de: 'german', it: 'italian', ar: 'arabic',
  ru: 'russian', zh: 'chinese', ja: 'japanese', ko: 'korean', tr: 'turkish', fa: 'persian', nl: 'dutch',
  pl: 'polish', uk: 'ukrainian', ca: 'catalan', ro: 'romanian', sv: 'swedish', el: 'greek', he: 'hebrew',
  hi: 'hindi', id: 'indonesian', vi: 'vietnamese',
};

/** GDELT's `language` field (an English name) → ISO 639-1; "und" when unknown. */
export function isoFromGdeltLanguage(name: unknown): string {
  const lower = typeof name === 'string' ? name.trim().toLowerCase() : '';
  for (const [code, n] of Object.entries(GDELT_LANGUAGES)) if (n === lower) return code;
  return 'und';
}

export interface GdeltQuery {
  /** ISO code of the language searched. */
  lang: string;
  /** The `query` parameter as sent. */
  query: string;
  terms: QueryTerms;
}

/**
 * Coverage of one event runs over a few days around it: two days either side of the article's
 * date (the same window story matching accepts), never past now. Undated: the last three days.
 */
const DAYS_BEFORE = 2;
const DAYS_AFTER = 2;
const DAY = 86_400_000;

export function timeWindow(published: string | null, now: number): { start: Date; end: Date } {
  const t = published ? Date.parse(published.slice(0, 10) + 'T00:00:00Z') : NaN;
  if (Number.isNaN(t) || t > now) return { start: new Date(now - 3 * DAY), end: new Date(now) };
  return { start: new Date(t - DAYS_BEFORE * DAY), end: new Date(Math.min(now, t + (DAYS_AFTER + 1) * DAY - 1000)) };
}

/** YYYYMMDDHHMMSS, UTC. */
export function gdeltTime(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function render(terms: QueryTerms, lang: string): string {
  const parts = [...terms.must];
  // GDELT wants OR'd terms in parentheses and refuses a group of one.
  if (terms.any.length > 1) parts.push(`(${terms.any.join(' OR ')})`);
  else parts.push(...terms.any);
  const name = GDELT_LANGUAGES[lang];
  if (name) parts.push(`sourcelang:${name}`);
  return parts.join(' ');
}

/**
 * The searches for an article: one in its own language with its own words, and one in English
 * with the English forms of its terms, so coverage in both is found. An English article (or one
 * of unknown language) needs only the English one.
 */
export function gdeltQueries(article: Pick<Article, 'title' | 'paragraphs' | 'lang'>): GdeltQuery[] {
  const out: GdeltQuery[] = [];
  const lang = article.lang && GDELT_LANGUAGES[article.lang] ? article.lang : 'en';
  if (lang !== 'en') {
    const terms = queryTerms(article, false);
    if (terms.must.length) out.push({ lang, query: render(terms, lang), terms });
  }
  const english = queryTerms(article, true);
  if (english.must.length) out.push({ lang: 'en', query: render(english, 'en'), terms: english });
  return out;
}
