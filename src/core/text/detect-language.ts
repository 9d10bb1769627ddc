import { tokenize } from './normalize.ts';

/**
 * Language of a text among the ones Backstory reads (en, es, fr, pt), by counting each
 * language's most frequent function words. Needs ~20 words to be right; returns null when
 * the text is too short or no language stands out.
 */
const MARKERS: Record<string, string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'was', 'for', 'on', 'with', 'said', 'has', 'it', 'by'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'se', 'por', 'un', 'una', 'con', 'para', 'dijo'],
  fr: ['le', 'la', 'de', 'et', 'les', 'des', 'en', 'du', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'os', 'as', 'um', 'uma', 'para', 'com', 'nao', 'disse'],
};
const SETS = Object.fromEntries(Object.entries(MARKERS).map(([k, v]) => [k, new Set(v)]));

export function detectLanguage(text: string): string | null {
  const tokens = tokenize(text.slice(0, 5000));
  if (tokens.length < 12) return null;
  const counts: Record<string, number> = { en: 0, es: 0, fr: 0, pt: 0 };
  for (const t of tokens) for (const lang in SETS) if (SETS[lang].has(t)) counts[lang]++;
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < tokens.length * 0.08 || best[1] < second[1] * 1.3) return null;
  return best[0];
}
