import { STOPWORDS, compareTokens } from '../text/normalize.ts';
import { canonicalTerm } from '../text/terms.ts';

/**
 * Is a search result (of which only the headline is known) about the article's story? GDELT
 * matches keywords anywhere in a text, so a result can share the names and be about another
 * event. The headline's content words are looked up in the article's salient terms (English
 * canonical forms, so a Spanish headline is compared with an English article): a related result
 * has at least two of them there and they make up at least a third of its headline. Headlines
 * are ~8 content words; one shared name ("Iraq") is what unrelated stories of the same week
 * have, two plus a third of the headline is what the same event's coverage had in the seed story.
 */
export const MIN_SHARED = 2;
export const MIN_SHARE = 0.34;

export function headlineTerms(title: string): string[] {
  return [...new Set(compareTokens(title).filter((t) => !STOPWORDS.has(t) && t.length >= 3 && !/^\d{1,2}$/.test(t)).map(canonicalTerm))];
}

export function relatedness(title: string, articleTerms: ReadonlySet<string>): { score: number; related: boolean } {
  const terms = headlineTerms(title);
  if (!terms.length) return { score: 0, related: false };
  let shared = 0;
  for (const t of terms) if (articleTerms.has(t)) shared++;
  const score = Math.round((shared / terms.length) * 1000) / 1000;
  return { score, related: shared >= MIN_SHARED && score >= MIN_SHARE };
}
