import type { Person } from './people.ts';
import { foldCase, wordRuns } from '../text/normalize.ts';

export type Gender = 'm' | 'f';

/** Titles and gendered role nouns next to a name ("Mrs. Ribera", "la ministra", "spokeswoman"). */
const CUES: Record<string, Gender> = {};
for (const w of 'mr monsieur m sr senor don dom sir lord king prince senhor father husband son brother spokesman chairman congressman businessman actor ministro diputado senador alcalde juez directeur depute senateur avocat'.split(' ')) CUES[w] = 'm';
for (const w of 'mrs ms miss mme madame mlle sra senora dona lady queen princess senhora mother wife daughter sister widow spokeswoman chairwoman congresswoman businesswoman actress ministra presidenta jueza diputada alcaldesa senadora directora directrice deputee senatrice avocate'.split(' ')) CUES[w] = 'f';

/**
 * Subject pronouns and their gender. Spanish "él" folds to the article "el", so only "ella" is read
 * there; French inverted forms ("a-t-elle ajouté") carry the pronoun after a hyphen.
 */
export const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', il: 'm', ele: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f', elle: 'f', ella: 'f', ela: 'f',
};

/** A pronoun this far (characters) after a name, in its sentence, with no other name between, is that person. */
const PRONOUN_REACH = 250;
/** A title or role noun says more than one pronoun that may belong to someone else in the sentence. */
const CUE_WEIGHT = 3;

/**
 * The gender the article itself gives each person, by vote: a title or gendered role noun right
 * before or after a mention, and the first gendered pronoun after a mention with no other name in
 * between. One pass over the words. Pronouns then resolve only to people of their gender, which
 * fixes "he" going to the running speaker when she is a woman (dev set: 9 of the 77 wrong speakers
 * before this were a pronoun given to a person of the other gender or to an organisation).
 */
export function inferGenders(paragraphs: readonly string[], people: Person[]): void {
  const bySurname = new Map<string, Person[]>();
  for (const p of people) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
  const votes = new Map<Person, number>();
  const vote = (p: Person, g: Gender, w: number) => votes.set(p, (votes.get(p) ?? 0) + (g === 'm' ? w : -w));
  let offset = 0;
  let last: { person: Person; end: number; paragraph: string } | null = null;
  for (const text of paragraphs) {
    const words = wordRuns(text, "'’");
    for (let i = 0; i < words.length; i++) {
      const word = words[i][0].replace(/['’]s$/, '');
      const at = offset + words[i].index!;
      const candidates = bySurname.get(word);
      if (candidates) {
        // The full name ends here when the words before it are its first names.
        const person = candidates.find((p) => {
          const n = p.name.split(' ');
          return n.every((w, k) => words[i - n.length + 1 + k]?.[0].replace(/['’.]s?$/, '') === w.replace(/\.$/, ''));
        }) ?? candidates[candidates.length - 1];
        const first = i - (person.name.split(' ').length - 1);
        const start = words[first]?.[0] === person.name.split(' ')[0] ? first : i;
        for (const k of [start - 1, start - 2, i + 1, i + 2]) {
          const cue = k >= 0 && k < words.length ? CUES[foldCase(words[k][0]).replace(/\.$/, '')] : undefined;
          if (cue) vote(person, cue, CUE_WEIGHT);
        }
        last = { person, end: at + word.length, paragraph: text };
        continue;
      }
      const g = PRONOUN_GENDER[foldCase(words[i][0])];
      // Only a pronoun in the same sentence as the name ("Andrew … what he was doing"): after a
      // sentence end or a quote mark it as often belongs to someone else ("…,” she said").
      if (g && last && at - last.end <= PRONOUN_REACH && last.paragraph === text && !/[.!?“”"«»]/.test(text.slice(last.end - offset, at - offset))) {
        vote(last.person, g, 1);
        last = null;
      }
    }
    offset += text.length + 1;
  }
  for (const [p, v] of votes) if (v) p.gender = v > 0 ? 'm' : 'f';
}

/** The gender a pronoun word carries ("she", "a-t-elle", "ele"), or undefined. */
export function pronounGender(word: string): Gender | undefined {
  if (word.toLowerCase() === 'él') return 'm';
  return PRONOUN_GENDER[foldCase(word).replace(/^.*-(?:t-)?/, '')];
}
