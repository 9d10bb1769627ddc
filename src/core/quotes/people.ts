import { foldCase, isLetterCode, isLowerCode, isUpperCode, letterBefore, startsUpper, wordRuns } from '../text/normalize.ts';
import { NOT_PERSON, ROLES, TITLE_WORDS } from './lexicon.ts';
import type { Gender } from './gender.ts';

export interface Person {
  name: string;
  surname: string;
  roles: Set<string>;
  /** Lower-case nouns the article puts next to the name ("Le maire de Marseille, Benoît Payan"). */
  nouns: Set<string>;
  gender?: Gender;
}

/** Function words that sit around a role noun and are never the role itself. */
const NOT_NOUN = new Set('the and for with from that this who which del des les los las por para pour avec dans que qui una uno une its his her their our has have was were said told also former'.split(' '));
/** `(?<![\p{L}])\p{Ll}[\p{L}-]{2,}` with the g and u flags, by char code (see normalize.ts). */
function lowerWords(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (isLowerCode(cp) && !letterBefore(text, i)) {
      let j = i + w;
      let n = 0;
      for (let c = text.codePointAt(j); c !== undefined && (c === 45 || isLetterCode(c)); c = text.codePointAt(j)) {
        j += c > 0xffff ? 2 : 1;
        n++;
      }
      if (n >= 2) {
        out.push(text.slice(i, j));
        i = j;
        continue;
      }
    }
    i += w;
  }
  return out;
}
const nounsIn = (text: string) => lowerWords(text).map(foldCase).filter((w) => !NOT_NOUN.has(w));

/** Words that start a sentence or a clause before a name, never part of it. */
const LEADING_NOISE = new Set(['to', 'in', 'at', 'for', 'from', 'by', 'with', 'and', 'but', 'when', 'while', 'as', 'after', 'before', 'selon', 'segun', 'segundo', 'according', 'said', 'says', 'told', 'host', 'judge', 'coach']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'prince', 'princess', 'king', 'queen', 'pope', 'sir', 'lady', 'lord', 'mme', 'm', 'sra', 'senora', 'senor', 'dona', 'don']);
const SUFFIXES = new Set(['iii', 'ii', 'iv', 'jr', 'sr']);
const PARTICLES = new Set(['de', 'del', 'da', 'das', 'do', 'dos', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le', 'di']);

/** Folds a phrase for role matching: accents, case, and punctuation inside abbreviations. */
export function foldPhrase(text: string): string {
  return ` ${foldCase(text).replace(/[.'’\-]/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/**
 * Role phrases by their first word: rolesIn looks up the phrase's words instead of testing all 66
 * phrases (an interpreted closure per phrase per call was ~4 ms of a cold page, .cache/coldprof2.ts).
 */
const ROLE_KEYS = Object.keys(ROLES);
const ROLES_BY_FIRST = new Map<string, Array<{ key: string; padded: string }>>();
for (const [key, phrases] of Object.entries(ROLES))
  for (const phrase of phrases) {
    const first = phrase.split(' ')[0];
    const list = ROLES_BY_FIRST.get(first) ?? [];
    list.push({ key, padded: ` ${phrase} ` });
    ROLES_BY_FIRST.set(first, list);
  }

/** The roles whose phrases the text holds as whole words, in ROLES order. */
export function rolesIn(text: string): string[] {
  const folded = foldPhrase(text);
  let found: Set<string> | null = null;
  for (const word of folded.split(' ')) {
    const candidates = ROLES_BY_FIRST.get(word);
    if (candidates) for (const { key, padded } of candidates) if (folded.includes(padded)) (found ??= new Set()).add(key);
  }
  return found ? ROLE_KEYS.filter((k) => found!.has(k)) : [];
}

const isCapitalised = startsUpper;
/** /^\p{Lu}{2,}$/u */
const isAcronym = (w: string) => [...w].length >= 2 && [...w].every((c) => isUpperCode(c.codePointAt(0)!));
/** /^\p{L}['’]\p{Ll}/u: an elided article glued to a noun. */
function isElided(w: string): boolean {
  const cp = w.codePointAt(0);
  if (cp === undefined || !isLetterCode(cp)) return false;
  const k = cp > 0xffff ? 2 : 1;
  return (w[k] === "'" || w[k] === '’') && k + 1 < w.length && isLowerCode(w.codePointAt(k + 1)!);
}
/** /-\p{Ll}/u */
function hasHyphenLower(w: string): boolean {
  for (let k = w.indexOf('-'); k >= 0; k = w.indexOf('-', k + 1)) if (k + 1 < w.length && isLowerCode(w.codePointAt(k + 1)!)) return true;
  return false;
}

/**
 * The people an article names: runs of capitalised words with titles, ranks and nationalities
 * stripped ("U.S. Army General Mark Milley" → Mark Milley), each with the roles the article gives
 * them in the words before the name or in an apposition after it.
 */
export function findPeople(paragraphs: readonly string[]): Person[] {
  const people = new Map<string, Person>();
  for (const text of paragraphs) {
    const words = wordRuns(text, ".'’-", true);
    let i = 0;
    while (i < words.length) {
      if (!isCapitalised(words[i][0])) {
        i++;
        continue;
      }
      let j = i;
      while (
        j + 1 < words.length &&
        // The run goes on through adjacent words: capitalised ones, or particles before a capitalised one.
        /^\s+$/.test(text.slice(words[j].index! + words[j][0].length, words[j + 1].index)) &&
        (isCapitalised(words[j + 1][0]) || (PARTICLES.has(words[j + 1][0]) && j + 2 < words.length && isCapitalised(words[j + 2][0])))
      )
        j++;
      const run = words.slice(i, j + 1).map((w) => w[0].replace(/[.,]$/, '').replace(/['’]s$/, ''));
      // Titles, ranks, acronyms and possessives before the name go: "NASA's Steve Clarke",
      // "InfoNation President Dan McDowell", "Singer-guitarists Tom Johnston", "To LeBron James".
      const isPrefix = (w: string, at: number) =>
        TITLE_WORDS.has(foldCase(w).replace(/\./g, '')) ||
        LEADING_NOISE.has(foldCase(w)) ||
        isAcronym(w) ||
        // An elided article glued to a noun is no name: "L'économiste Luc Gagnon", "D'après".
        isElided(w) ||
        /['’]s$/.test(words[i + at][0]) ||
        hasHyphenLower(w);
      let k = 0;
      for (let t = 0; t < run.length - 1; t++) if (isPrefix(run[t], t)) k = t + 1;
      const nameWords = run.slice(k);
      const significant = nameWords.filter((w) => !SUFFIXES.has(foldCase(w)) && !PARTICLES.has(w));
      // One name after an honorific is a person too ("Prince Andrew", "Mr. Trump"); after any
      // other title ("President Obama") the article gives the full name elsewhere.
      const honorific = k > 0 && HONORIFICS.has(foldCase(run[k - 1]).replace(/\./g, ''));
      if (
        (significant.length >= 2 || (honorific && significant.length === 1 && significant[0].length > 2)) &&
        significant.length <= 4 &&
        !nameWords.some((w) => NOT_PERSON.has(foldCase(w))) &&
        // "(Secretaria) da Segurança Pública": a name does not start with a particle.
        !PARTICLES.has(nameWords[0]) &&
        significant[significant.length - 1].length > 1
      ) {
        const name = nameWords.join(' ');
        const surname = significant[significant.length - 1];
        const person = people.get(name) ?? { name, surname, roles: new Set<string>(), nouns: new Set<string>() };
        // Roles: up to six words before the run (titles included) and an apposition after it.
        const before = text.slice(Math.max(0, words[i].index! - 60), words[i + k]?.index ?? words[i].index!);
        const afterStart = words[j].index! + words[j][0].length;
        const apposition = text.slice(afterStart).match(/^\s*,\s*([^,.;]{3,80})[,.;]/);
        const clause = before.split(/[.;:“”"«»]/).pop() ?? '';
        for (const role of rolesIn(clause)) person.roles.add(role);
        if (apposition) for (const role of rolesIn(apposition[1])) person.roles.add(role);
        // Title words inside the run count too: "le général François Lecointre" → général.
        for (const w of [...nounsIn(clause).slice(-4), ...run.slice(0, k).map(foldCase), ...nounsIn(apposition?.[1] ?? '').slice(0, 4)]) person.nouns.add(w);
        people.set(name, person);
      }
      i = j + 1;
    }
  }
  // "Van Der Beek" or "Hawk Sawyer" on their own are the tail of a full name given elsewhere in the
  // article ("James Van Der Beek", "Kathleen Hawk Sawyer"): keep only the full name.
  const all = [...people.values()];
  return all.filter((p) => !all.some((q) => q !== p && q.name.endsWith(` ${p.name}`)));
}
