import { isLetterCode, isUpperCode } from '../text/normalize.ts';

/**
 * Quoted words that nobody is said to have said are kept only when they read like speech. Left out:
 * single terms and short phrases (scare quotes, nicknames: "the ‘Three Amigos’"), and titles of
 * works or headlines, which are mostly capitalised words ("Gone With The Wind", "Less Money on
 * Testing, More Money on Students"). Four words is where the development set's unattributed
 * speech starts; shorter unattributed runs there are all terms.
 */
const MIN_WORDS = 4;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'de', 'la', 'el', 'y', 'le', 'et', 'du', 'des', 'da', 'do', 'e', 'em']);

/** `/^[^\p{L}]*\p{Lu}/u`: the first letter is a capital. By char code (see normalize.ts). */
function firstLetterUpper(w: string): boolean {
  for (const c of w) {
    const cp = c.codePointAt(0)!;
    if (isLetterCode(cp)) return isUpperCode(cp);
  }
  return false;
}

export function isNotSpeech(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter(firstLetterUpper).length;
  // Sentences start with one capital; a title capitalises (nearly) every content word.
  return content.length > 0 && capitalised / content.length >= 0.8;
}
