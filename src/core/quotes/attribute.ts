import { ACCORDING_TO, LEAD_IN_VERBS, SPEECH_VERBS } from './lexicon.ts';
import { resolveSpeaker, resolveSubject, pronounAttribution, subjectOf, type Attribution, type Context } from './resolve-speaker.ts';
import { foldKeepingLength, letterBefore } from '../text/normalize.ts';
import { VerbFinder } from './verb-finder.ts';

/** Speech verbs as whole words, in folded text (lower case, no accents, same length). */
export const SPEECH = new VerbFinder(SPEECH_VERBS);
const LEAD = new VerbFinder([...SPEECH_VERBS, ...LEAD_IN_VERBS]);
// The phrase runs to the quote, so that an apposition after a role ("según la presidenta del Banco
// Central, Ana Ribeiro, “…”") still reaches the name.
// The phrase after it is read with the u flag (its length in code points); the letter before it is
// checked by char code rather than with [^\p{L}], whose class compiled cold on every page.
const ACCORDING_RE = new RegExp(`(?:${ACCORDING_TO.join('|')})\\s+([^.;:“”"«»]{2,160})`, 'gu');
/** The first "according to X" not glued to a word before it: where X starts, and X. */
function accordingTo(folded: string): { at: number; phrase: string } | null {
  ACCORDING_RE.lastIndex = 0;
  for (let m = ACCORDING_RE.exec(folded); m; m = ACCORDING_RE.exec(folded)) {
    if (!letterBefore(folded, m.index)) return { at: m.index + m[0].length - m[1].length, phrase: m[1] };
    ACCORDING_RE.lastIndex = m.index + 1;
  }
  return null;
}
/** Participles take the sentence's subject ("He urged Mr. Trump…, saying “…”" is he, not Trump). */
const PARTICIPLE = /(?:ing|ando|endo|iendo|ant)$/;
/** A speech verb right before the opening mark: "he said, “…”", "recalled that he said: “…”". */
export const leadsIn = (text: string) => {
  const folded = foldKeepingLength(text.slice(-60));
  const verb = SPEECH.last(folded);
  return !!verb && /^[\s,:]*(?:that\s*)?$/.test(folded.slice(verb.index + verb[0].length));
};

/** 0 when the text starts with a speech verb ("a promis le maire"), else -1. */
export const speechVerbAt = (text: string) => (SPEECH.startsWith(foldKeepingLength(text)) ? 0 : -1);

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * How far from a quote its attribution is looked for. Keeps the work per quote bounded (the scan
 * stays linear in the text) and stops a verb three sentences away from claiming the quote.
 */
const WINDOW = 400;
/** "…," study lead author Lucas Paganini, a planetary scientist at (…), said: appositions run long. */
const MAX_SUBJECT_WORDS = 40;

/** The attribution in a split quote's gap or a dialogue incise: "he said", "reconoció Simeone". */
export function fromGap(gap: string, ctx: Context): Attribution | null {
  const folded = foldKeepingLength(gap);
  const verb = SPEECH.first(folded);
  if (!verb || verb.index === undefined) return null;
  const at = verb.index + verb[0].indexOf(verb[1]);
  const following = gap.slice(at + verb[1].length).split(/[.;:!?]/)[0];
  return (
    resolveSubject(gap.slice(0, at), ctx) ??
    resolveSubject(following.replace(/^\s*(?:to\s+\w+\s+)?/, ''), ctx) ??
    implicitSubject(verb[1], following, ctx)
  );
}

/**
 * A verb with no subject: French inversion carries the pronoun ("a-t-elle ajouté", "dit-il"), and
 * Spanish and Portuguese drop it ("…», añadió.", "disse."). Either way the speaker is the one the
 * text was already about.
 */
function implicitSubject(verb: string, following: string, ctx: Context): Attribution | null {
  if (following.replace(/^\s*(?:(?:to|a|à|ao|al|aux)\s+\S+)?/i, '').trim().split(/\s+/).filter(Boolean).length > 2) return null;
  const pronoun = verb.match(/-(?:t-)?(il|elle|ils|elles)(?![\p{L}])/u);
  return pronounAttribution(pronoun ? pronoun[1] : '', ctx);
}

/** Attribution in the words after the closing mark, in the same sentence ("…," Esper said). */
export function after(masked: string, close: number, endsSentence: boolean, ctx: Context): Attribution | null {
  const rest = masked.slice(close + 1, close + 1 + WINDOW);
  const sentence = rest.match(/^[^.!?“”"«»]*/)![0];
  const verb = SPEECH.first(foldKeepingLength(sentence));
  if (!verb || verb.index === undefined) return null;
  const verbStart = verb.index + verb[0].indexOf(verb[1]);
  const subject = sentence.slice(0, verbStart);
  if (wordCount(subject) > MAX_SUBJECT_WORDS) return null;
  const following = sentence.slice(verbStart + verb[1].length);
  // "…?" He Jianxiong, the former director (…), said at a Nov. 6 event: an apposition between commas
  // and a place or time after the verb still make an attribution.
  const core = subject.replace(/,[^,]*,/g, ' ');
  const clause = following.split(/[,;:]/)[0];
  const circumstance = /^\s*(?:at|in|on|during|after|before|while|via|through|to|en|a|à|em|no|na|lors)\s/i.test(clause);
  if (endsSentence && (wordCount(core) > 8 || (wordCount(clause) > 4 && !circumstance))) {
    // After a quote that closes its own sentence, "Esper added the U.S. was still committed…" is a
    // new sentence of reported speech, not this quote's attribution: accept only short ones.
    return null;
  }
  if (subject.replace(/[\s,—–-]/g, '')) return resolveSubject(subject, ctx);
  // Inverted: "…," said Esper / dijo el ministro / a déclaré le ministre.
  const inverted = following.split(/[,;:(]/)[0].replace(/^\s*(?:to\s+\w+\s+)?/, '');
  return resolveSubject(inverted, ctx) ?? implicitSubject(verb[1], inverted, ctx);
}

/**
 * Attribution in the narrator's words before the opening mark, in the same sentence:
 * "X said: “…”", "X told reporters, “…”", "X called it an “…”", "según X, “…”".
 */
export function before(masked: string, open: number, ctx: Context): Attribution | null {
  const head = masked.slice(Math.max(0, open - WINDOW), open);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.search(/[”"»][^”"»]*$/));
  const sentence = head.slice(start + 1);
  const folded = foldKeepingLength(sentence);
  const according = accordingTo(folded);
  if (according) {
    const found = resolveSubject(sentence.slice(according.at, according.at + according.phrase.length), ctx);
    if (found) return found;
  }
  const verb = LEAD.last(folded);
  if (!verb || verb.index === undefined) return null;
  const verbStart = verb.index + verb[0].indexOf(verb[1]);
  // A finite verb's subject is the name nearest before it ("…what host Tom Bergeron described as"); a
  // participle's is the sentence's first ("He urged Mr. Trump to act, saying").
  const prefer = PARTICIPLE.test(verb[1]) ? 'first' : 'last';
  return resolveSubject(sentence.slice(0, verbStart), ctx, prefer) ?? resolveSpeaker(sentence.slice(verbStart + verb[1].length), ctx);
}

/**
 * Reported speech outside quotes ("Erekat said it was only the latest move…") makes its subject the
 * running speaker for the quote paragraphs that follow; "The doctors said…" makes it nobody named.
 * Returns the last such subject in the text, and records every sentence's subject in ctx.recent.
 */
export function reportedSpeaker(masked: string, ctx: Context): Attribution | null {
  let found: Attribution | null = null;
  for (const sentence of masked.split(/(?<=[.!?])\s+/)) {
    // Each sentence's subject is what a later "he" or "she" most likely points back to.
    const subject = subjectOf(sentence, ctx);
    if (subject) ctx.recent.push(subject);
    if (/[“”"«»]/.test(sentence)) continue;
    const verb = SPEECH.first(foldKeepingLength(sentence));
    if (!verb || verb.index === undefined) continue;
    const at = verb.index + verb[0].indexOf(verb[1]);
    if (wordCount(sentence.slice(0, at)) > MAX_SUBJECT_WORDS) continue;
    const who = resolveSubject(sentence.slice(0, at), { ...ctx, running: found ? found.speaker : ctx.running });
    if (who && who.how !== 'role') found = who;
  }
  return found;
}
