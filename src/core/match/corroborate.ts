import { quoteTokensOf, type IndexedArticle } from '../packs/knowledge-base.ts';
import { compareTokens, STOPWORDS } from '../text/normalize.ts';
import { canonicalTerm } from '../text/terms.ts';
import { diffWords, type DiffOp } from './diff-words.ts';

export type Verdict = 'verbatim' | 'variant' | 'uncorroborated';
export type Relation = 'verbatim' | 'variant' | 'translation';

export interface QuoteSource {
  url: string;
  domain: string;
  outlet: string;
  published: string | null;
  lang: string;
  /** The quote as that source prints it. */
  text: string;
  speaker: string | null;
  relation: Relation;
  /** For a variant: the words that differ, as a diff from this page's words to the source's. */
  diff?: DiffOp[];
}

export interface Corroboration {
  verdict: Verdict;
  sources: QuoteSource[];
  /** The earliest source that carries the same words (or a variant when none does). */
  earliest: QuoteSource | null;
}

/** Is `needle` a contiguous run inside `hay`? */
function contains(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Variant threshold: at least this word overlap (Dice over the LCS) to be the same quote, reworded. */
const VARIANT_SIMILARITY = 0.5;
/** A shorter excerpt of this page's quote still counts as the same words if it covers this much of it. */
const EXCERPT_COVERAGE = 0.6;

/**
 * An upper bound of diffWords' similarity from word counts alone: the LCS cannot be longer than
 * the words both have. Skips the quadratic diff for the many quote pairs that share little.
 */
function diceBound(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t);
    if (n) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

function contentTerms(tokens: readonly string[]): Set<string> {
  return new Set(tokens.filter((t) => !STOPWORDS.has(t) && t.length > 2).map(canonicalTerm));
}

/**
 * What other coverage does with a quote: the same words (verbatim, also when this page quotes a
 * part of a longer quote or a source quotes most of this one), other words (variant, with the
 * diff), or the quote in another language (translation, never a contradiction).
 */
export function corroborate(
  quote: { text: string; speaker: string | null },
  lang: string | null,
  articles: readonly IndexedArticle[],
): Corroboration {
  const mine = compareTokens(quote.text);
  const myTerms = contentTerms(mine);
  const sources: QuoteSource[] = [];
  for (const article of articles) {
    let best: { relation: Relation; score: number; index: number; diff?: DiffOp[] } | null = null;
    quoteTokensOf(article).forEach((theirs, index) => {
      const q = article.quotes[index];
      let candidate: typeof best = null;
      const sameLang = !lang || article.lang === lang;
      if (sameLang) {
        if (contains(theirs, mine) || (contains(mine, theirs) && theirs.length >= EXCERPT_COVERAGE * mine.length)) {
          candidate = { relation: 'verbatim', score: 2, index };
        } else if (theirs.length >= 3 && diceBound(mine, theirs) >= VARIANT_SIMILARITY) {
          const { ops, similarity } = diffWords(quote.text, q.text);
          if (similarity >= VARIANT_SIMILARITY) candidate = { relation: 'variant', score: similarity, index, diff: ops };
        }
      } else if (quote.speaker && q.speaker === quote.speaker) {
        // Another language: the same speaker and most content words in common once canonicalised.
        const theirTerms = contentTerms(theirs);
        let shared = 0;
        for (const t of myTerms) if (theirTerms.has(t)) shared++;
        const overlap = shared / Math.max(1, Math.min(myTerms.size, theirTerms.size));
        if (shared >= 2 && overlap >= 0.4) candidate = { relation: 'translation', score: overlap, index };
      }
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    });
    if (best) {
      const b = best as { relation: Relation; score: number; index: number; diff?: DiffOp[] };
      const q = article.quotes[b.index];
      sources.push({
        url: article.url,
        domain: article.domain,
        outlet: article.outlet,
        published: article.published,
        lang: article.lang,
        text: q.text,
        speaker: q.speaker,
        relation: b.relation,
        ...(b.diff ? { diff: b.diff } : {}),
      });
    }
  }
  const rank: Record<Relation, number> = { verbatim: 0, variant: 1, translation: 2 };
  sources.sort((a, b) => rank[a.relation] - rank[b.relation] || (a.published ?? '9').localeCompare(b.published ?? '9'));
  const verdict: Verdict = sources.some((s) => s.relation === 'verbatim')
    ? 'verbatim'
    : sources.some((s) => s.relation === 'variant')
      ? 'variant'
      : 'uncorroborated';
  const pool = sources.filter((s) => s.relation === (verdict === 'uncorroborated' ? 'translation' : verdict));
  const earliest = pool.reduce<QuoteSource | null>((e, s) => (!e || (s.published ?? '9') < (e.published ?? '9') ? s : e), null);
  return { verdict, sources, earliest };
}
