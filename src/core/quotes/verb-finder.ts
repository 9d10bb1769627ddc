/**
 * Finds speech verbs as whole words in folded text (lower case, no accents, offsets kept), by
 * looking words up in a table instead of running one alternation regex of a few hundred verbs.
 * The regexes cost ~8 ms each to compile on first use, and a content script starts cold on every
 * page: five of them were most of the quote finder's cold time in Chromium (measured with
 * .cache/cold.ts: 73 ms cold against 20 ms warm under load). This table costs nothing to build.
 */

/** A match shaped like RegExpMatchArray's parts that callers read: where the verb starts, and its text. */
import { isLetterCode } from '../text/normalize.ts';

export interface VerbMatch {
  index: number;
  0: string;
  1: string;
}

// Letters as the old patterns saw them (\p{L}): ASCII letters, and any non-ASCII letter.
const isLetter = (c: string | undefined) => {
  const code = c === undefined ? -1 : c.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code > 127 && isLetterCode(code));
};

export class VerbFinder {
  /** First word → the verbs starting with it, as word lists, longest first. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(verbs: readonly string[]) {
    // Entries are folded like the text they are matched in ("calificó" → "califico").
    for (const verb of new Set(verbs.map((v) => v.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()))) {
      const words = verb.split(/[-\s]/);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.join(' ').length - a.join(' ').length);
  }

  /** The verb starting at `start` (a word start), matched whole; its end, or -1. */
  private matchAt(text: string, start: number, first: string): number {
    for (const words of this.byFirst.get(first) ?? []) {
      let at = start;
      let ok = true;
      for (let k = 0; k < words.length && ok; k++) {
        if (k > 0) {
          // Words of a verb are joined by one space or hyphen ("a-t-il declare", "a declare").
          if (text[at] !== ' ' && text[at] !== '-') ok = false;
          else at++;
        }
        if (ok && text.startsWith(words[k], at)) at += words[k].length;
        else ok = false;
      }
      if (ok && !isLetter(text[at])) return at;
    }
    return -1;
  }

  /** Every verb in the text, left to right, not overlapping. */
  all(text: string): VerbMatch[] {
    const out: VerbMatch[] = [];
    const words = /[a-z]+/g;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const start = m.index;
      if (isLetter(text[start - 1])) continue;
      const end = this.byFirst.has(m[0]) ? this.matchAt(text, start, m[0]) : -1;
      if (end === -1) continue;
      const verb = text.slice(start, end);
      out.push({ index: start, 0: verb, 1: verb });
      words.lastIndex = end;
    }
    return out;
  }

  first(text: string): VerbMatch | null {
    const words = /[a-z]+/g;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      if (isLetter(text[m.index - 1]) || !this.byFirst.has(m[0])) continue;
      const end = this.matchAt(text, m.index, m[0]);
      if (end !== -1) {
        const verb = text.slice(m.index, end);
        return { index: m.index, 0: verb, 1: verb };
      }
    }
    return null;
  }

  last(text: string): VerbMatch | null {
    const all = this.all(text);
    return all.length ? all[all.length - 1] : null;
  }

  /** Does the text start (after white space) with a verb? */
  startsWith(text: string): boolean {
    const lead = text.match(/^\s*/)![0].length;
    const word = text.slice(lead).match(/^[a-z]+/)?.[0];
    return !!word && this.byFirst.has(word) && this.matchAt(text, lead, word) !== -1;
  }
}
