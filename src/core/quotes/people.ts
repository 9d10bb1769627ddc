import { foldCase } from '../text/normalize.ts';
import { NOT_PERSON, ROLES, TITLE_WORDS } from './lexicon.ts';

export interface Person {
  name: string;
  surname: string;
  roles: Set<string>;
}

const SUFFIXES = new Set(['iii', 'ii', 'iv', 'jr', 'sr']);
const PARTICLES = new Set(['de', 'del', 'da', 'das', 'do', 'dos', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le', 'di']);

/** Folds a phrase for role matching: accents, case, and punctuation inside abbreviations. */
export function foldPhrase(text: string): string {
  return ` ${foldCase(text).replace(/[.'’\-]/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

export function rolesIn(text: string): string[] {
  const folded = foldPhrase(text);
  return Object.entries(ROLES)
    .filter(([, phrases]) => phrases.some((phrase) => folded.includes(` ${phrase} `)))
    .map(([key]) => key);
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * The people an article names: runs of capitalised words with titles, ranks and nationalities
 * stripped ("U.S. Army General Mark Milley" → Mark Milley), each with the roles the article gives
 * them in the words before the name or in an apposition after it.
 */
export function findPeople(paragraphs: readonly string[]): Person[] {
  const people = new Map<string, Person>();
  for (const text of paragraphs) {
    const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)];
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
      const run = words.slice(i, j + 1).map((w) => w[0].replace(/[.,]$/, ''));
      let k = 0;
      while (k < run.length && TITLE_WORDS.has(foldCase(run[k]).replace(/\./g, ''))) k++;
      const nameWords = run.slice(k);
      const significant = nameWords.filter((w) => !SUFFIXES.has(foldCase(w)) && !PARTICLES.has(w));
      if (
        significant.length >= 2 &&
        significant.length <= 4 &&
        !nameWords.some((w) => NOT_PERSON.has(foldCase(w))) &&
        significant[significant.length - 1].length > 1
      ) {
        const name = nameWords.join(' ');
        const surname = significant[significant.length - 1];
        const person = people.get(name) ?? { name, surname, roles: new Set<string>() };
        // Roles: up to six words before the run (titles included) and an apposition after it.
        const before = text.slice(Math.max(0, words[i].index! - 60), words[i + k]?.index ?? words[i].index!);
        const afterStart = words[j].index! + words[j][0].length;
        const apposition = text.slice(afterStart).match(/^\s*,\s*([^,.;]{3,80})[,.;]/);
        for (const role of rolesIn(before.split(/[.;:]/).pop() ?? '')) person.roles.add(role);
        if (apposition) for (const role of rolesIn(apposition[1])) person.roles.add(role);
        people.set(name, person);
      }
      i = j + 1;
    }
  }
  return [...people.values()];
}
