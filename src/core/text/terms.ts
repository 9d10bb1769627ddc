import { STOPWORDS, compareTokens } from './normalize.ts';
import { LEXICON } from './lexicon.ts';

/**
 * A term's cross-lingual, number-free form: the lexicon's English word for a Spanish, French or
 * Portuguese news word, and a trailing plural "s"/"es" dropped, so "misiles", "missiles" and
 * "missile" are one term. Names need no lexicon: they carry across languages as they are.
 */
export function canonicalTerm(token: string): string {
  const direct = LEXICON[token];
  if (direct) return direct;
  if (token.length > 4 && token.endsWith('s') && !/(?:ss|us|is)$/.test(token)) {
    const singular = token.slice(0, -1);
    const viaLexicon = LEXICON[singular] ?? (token.endsWith('es') ? LEXICON[token.slice(0, -2)] : undefined);
    return viaLexicon ?? singular;
  }
  return token;
}

/**
 * The salient terms of a text for story matching: canonical content words and numbers, most
 * frequent first, names (capitalised in the text) counted double since they carry across
 * languages and outlets best. One- and two-digit numbers are left out: days and counts of
 * everything, they join unrelated stories.
 */
export function salientTerms(text: string, limit = 40): string[] {
  const counts = new Map<string, number>();
  const capitalised = new Set((text.match(/(?<![.!?]\s)\b\p{Lu}[\p{L}]{2,}/gu) ?? []).map((w) => compareTokens(w)[0]));
  for (const raw of compareTokens(text)) {
    if (STOPWORDS.has(raw) || raw.length < 3 || /^\d{1,2}$/.test(raw)) continue;
    const term = canonicalTerm(raw);
    if (STOPWORDS.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + (capitalised.has(raw) ? 2 : 1));
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}
