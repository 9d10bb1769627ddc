import { isLatinText, LATIN_LETTER } from '../text/normalize.ts';

/**
 * Replaces the dots of abbreviations ("U.S.", "Gen.", "Dr.") with spaces, keeping every other
 * character in place, so that sentence splitting sees no false sentence ends and offsets still
 * match the original text.
 *
 * Latin text (nearly every paragraph of an en/es/fr/pt page) takes a copy of the regex without the u
 * flag and \p{L}, exact there and cheaper to compile on a cold page (see normalize.ts).
 */
const TITLES = new Set('Mr Mrs Ms M Dr Gen Lt Col Sgt Capt Maj Brig Adm Gov Sen Rep St Jr Sr No Sra Dra Mme Mlle Prof Inc Corp Ltd Co vs etc'.split(' '));

const LATIN_ABBREVIATIONS = new RegExp(`\\b(?:(?:[${LATIN_LETTER}]\\.){2,}|(?:${[...TITLES].join('|')})\\.)`, 'g');

const ABBREVIATIONS = new RegExp(`\\b(?:(?:\\p{L}\\.){2,}|(?:${[...TITLES].join('|')})\\.)`, 'gu');

export function maskAbbreviations(text: string): string {
  return text
    .replace(isLatinText(text) ? LATIN_ABBREVIATIONS : ABBREVIATIONS, (m) => m.replace(/\./g, ' '))
    .replace(/\.\.\.|…/g, (m) => ' '.repeat(m.length));
}
