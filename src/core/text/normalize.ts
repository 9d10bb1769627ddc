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

/*
 * Character classes without Unicode-property regexes. Every /u regex with \p{L} compiles to a large
 * automaton on first use, once per page in a content script: a cold Chromium page paid ~0.3–1.5 ms
 * per such regex and ~3–5 ms for the first (.cache/recost.ts), and quotes and article code held 38.
 * ASCII is answered by char code; any other code point by one small regex per class, remembered per
 * code point, so the result is exactly \p{…}'s.
 */
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
const memo = (re: RegExp) => {
  const seen = new Map<number, boolean>();
  return (cp: number) => {
    let v = seen.get(cp);
    if (v === undefined) seen.set(cp, (v = re.test(String.fromCodePoint(cp))));
    return v;
  };
};
// Latin-1 (the accents of es/fr/pt pages) by its code chart, so those pages need no regex at all.
const upper1 = (cp: number) => cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
const lower1 = (cp: number) => (cp >= 0xdf && cp <= 0xff && cp !== 0xf7) || cp === 0xb5;
const memoUpper = memo(UPPER);
const memoLower = memo(LOWER);
const memoLetter = memo(LETTER);
const memoNumber = memo(NUMBER);
const upperAbove = (cp: number) => (cp < 0x100 ? upper1(cp) : memoUpper(cp));
const lowerAbove = (cp: number) => (cp < 0x100 ? lower1(cp) : memoLower(cp));
const letterAbove = (cp: number) => (cp < 0x100 ? upper1(cp) || lower1(cp) || cp === 0xaa || cp === 0xba : memoLetter(cp));
const numberAbove = (cp: number) => (cp < 0x100 ? cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe) : memoNumber(cp));

/** \p{L} for a code point. */
export const isLetterCode = (cp: number) => (cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : letterAbove(cp));
/** \p{Lu} for a code point. */
export const isUpperCode = (cp: number) => (cp < 128 ? cp >= 65 && cp <= 90 : upperAbove(cp));
/** \p{Ll} for a code point. */
export const isLowerCode = (cp: number) => (cp < 128 ? cp >= 97 && cp <= 122 : lowerAbove(cp));
/** \p{N} for a code point. */
export const isNumberCode = (cp: number) => (cp < 128 ? cp >= 48 && cp <= 57 : numberAbove(cp));

/** \p{L} for the code point starting at i (false past the end). */
export const letterAt = (s: string, i: number) => i >= 0 && i < s.length && isLetterCode(s.codePointAt(i)!);
/** \p{L} for the code point ending just before i, as a /u lookbehind sees it (false at the start). */
export function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = s.charCodeAt(i - 1);
  const hi = i >= 2 ? s.charCodeAt(i - 2) : 0;
  const pair = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
  return isLetterCode(pair ? s.codePointAt(i - 2)! : lo);
}
/** /^\p{Lu}/u */
export const startsUpper = (s: string) => s.length > 0 && isUpperCode(s.codePointAt(0)!);
/** /\p{Lu}/u */
export function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : upperAbove(s.codePointAt(i)!)) return true;
  }
  return false;
}

/*
 * A loop over characters runs in the interpreter on a cold page and lost to the regexes it replaced
 * (readArticle cold on the seed page: 66 ms against 50 ms, .cache/ab.ts). So whole-text scans stay
 * regexes, without the u flag: text made only of Latin letters (to U+024F) and general punctuation
 * (U+2000–U+206F, which holds no letters or digits) gets these exact classes; any other text takes
 * the \p{…} regex itself, compiled only then (find-container folds whole-page text, and one
 * non-Latin word in a page's navigation sends all of it there).
 */
/** \p{L} up to U+024F: ASCII letters, ª µ º, Latin-1 letters, and all of Latin Extended-A and -B. */
export const LATIN_LETTER = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
/** \p{N} up to U+024F. */
export const LATIN_NUMBER = '0-9\u00b2\u00b3\u00b9\u00bc-\u00be';
const NOT_LATIN = /[^\x00-\u024f\u2000-\u206f]/;
/** True when LATIN_LETTER and LATIN_NUMBER classify every character of the text as \p{L} and \p{N} do. */
export const isLatinText = (text: string) => !NOT_LATIN.test(text);

const RUNS = new Map<string, RegExp>();
const escapeClass = (s: string) => s.replace(/[\]\\^-]/g, '\\$&');

/**
 * Word runs as `[\p{L}…][\p{L}…<inner>]*` matches with the g and u flags: a run starts at a letter
 * (or a \p{N} with `digits`) and goes on through letters, those digits and the `inner` characters.
 */
export function wordRuns(text: string, inner: string, digits = false): Array<{ 0: string; index: number }> {
  const latin = isLatinText(text);
  const key = `${latin}${digits}${inner}`;
  let re = RUNS.get(key);
  if (!re) {
    const start = latin ? LATIN_LETTER + (digits ? LATIN_NUMBER : '') : `\\p{L}${digits ? '\\p{N}' : ''}`;
    RUNS.set(key, (re = new RegExp(`[${start}][${start}${escapeClass(inner)}]*`, latin ? 'g' : 'gu')));
  }
  return [...text.matchAll(re)] as Array<{ 0: string; index: number }>;
}

/** Lower case with everything but letters and digits dropped: `toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')`. */
const NOT_ALNUM = new RegExp(`[^${LATIN_LETTER}${LATIN_NUMBER}]+`, 'g');
export const foldAlnum = (t: string) => t.toLowerCase().replace(isLatinText(t) ? NOT_ALNUM : /[^\p{L}\p{N}]+/gu, '');
