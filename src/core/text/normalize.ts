/**
 * Text normalisation shared by quotes, matching and fingerprints. Everything that
 * compares text across outlets goes through here, so that typographic choices
 * (curly vs straight quotes, "U.S." vs "US", accents, case) never count as differences.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
/** Dotted abbreviations such as "U.S." or "U.K." collapse to one token ("us", "uk"). */
const DOTTED_ABBREVIATION = /\b(?:\p{L}\.){2,}/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function foldCase(text: string): string {
  // Most words on English pages are ASCII: skip Unicode normalisation for them (a third of the
  // quote finder's time on the seed page went to normalising ASCII words).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
}

/**
 * Lower case without accents, character for character, so that offsets found in the folded text
 * are offsets in the original (for matching accented attribution verbs like "a déclaré").
 */
export function foldKeepingLength(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').replace(DIACRITICS, '').toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Word tokens: Unicode letter/digit runs, case- and accent-folded, abbreviations joined. */
export function tokenize(text: string): string[] {
  const joined = text.replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./g, ''));
  return foldCase(joined).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Collapses white space (including non-breaking spaces) and trims. */
export function cleanSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Regional spelling pairs that reprints change without changing meaning (British → American). */
const SPELLING: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  centre: 'center',
  programme: 'program',
  organisation: 'organization',
  favour: 'favor',
  honour: 'honor',
  labour: 'labor',
  neighbour: 'neighbor',
  neighbouring: 'neighboring',
  recognise: 'recognize',
  criticise: 'criticize',
  apologise: 'apologize',
  authorise: 'authorize',
  organise: 'organize',
};

/** Tokens for cross-outlet comparison: spelling variants unified. */
export function compareTokens(text: string): string[] {
  return tokenize(text).map((t) => SPELLING[t] ?? t);
}

export const STOPWORDS = new Set(
  (
    // English
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our she ' +
    'that the their them there they this to was we were which who will with would not no said says told ' +
    'after before about also more than into over under up out if so what when where while all any can could ' +
    'do does did just new one two us you your my me him them said say its it s t been being other some such ' +
    // Spanish
    'el la los las un una unos unas y o de del al en por para con sin que se su sus lo le les es son fue ' +
    'ha han era como mas pero este esta estos estas ese esa hay muy ya tambien sobre entre dijo segun ' +
    // French
    'le les des du et ou au aux dans pour par avec sans qui que il elle ils elles est sont ete a ont ce cette ces ' +
    'son sa ses leur leurs ne pas plus selon ' +
    // Portuguese
    'o os as um uma e do da dos das no na nos nas em por para com sem que se seu sua seus suas foi sao ' +
    'disse segundo mais mas'
  ).split(/\s+/),
);
