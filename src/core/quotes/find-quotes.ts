import type { Quote, QuotePart } from './quote.ts';
import { findSpans, type Span } from './find-spans.ts';
import { findPeople, foldPhrase, rolesIn, type Person } from './people.ts';
import { ACCORDING_TO, PRONOUNS, SPEECH_VERBS } from './lexicon.ts';
import { foldCase, foldKeepingLength } from '../text/normalize.ts';
import { maskAbbreviations } from './mask.ts';

const VERB_RE = new RegExp(
  `(?:^|[^\\p{L}])(${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/[-\s]/g, '[-\\s]')).join('|')})(?![\\p{L}])`,
  'u',
);
const ACCORDING_RE = new RegExp(`(?:^|[^\\p{L}])(?:${ACCORDING_TO.join('|')})\\s+([^,.;:]{2,80})`, 'u');
const CONTEXT = 32;

interface Attribution {
  speaker: string;
  how: Quote['attribution'];
}

interface Context {
  people: Person[];
  running: string | null;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Resolves a noun phrase next to a quote to a person (or organisation) the article names. */
function resolve(phrase: string, ctx: Context): Attribution | null {
  const clean = phrase.replace(/^[\s,—–-]+|[\s,—–-]+$/g, '');
  if (!clean || words(clean).length > 14) return null;
  const folded = foldCase(clean);
  if (PRONOUNS.has(folded)) return ctx.running ? { speaker: ctx.running, how: 'pronoun' } : null;
  // A full name the article uses, longest first ("Mark Milley" inside "U.S. Army General Mark Milley").
  const full = ctx.people.filter((p) => clean.includes(p.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (full) return { speaker: full.name, how: 'named' };
  for (const token of clean.split(/[\s,]+/)) {
    const bySurname = ctx.people.find((p) => p.surname === token);
    if (bySurname) return { speaker: bySurname.name, how: 'surname' };
  }
  for (const role of rolesIn(clean)) {
    const holder = ctx.people.find((p) => p.roles.has(role));
    if (holder) return { speaker: holder.name, how: 'role' };
  }
  // An organisation or a person the article names only here: capitalised words, determiner dropped.
  if (/\p{Lu}/u.test(clean.slice(1)) || /\b(?:office|ministry|spokes\w*|government|statement|embassy|oficina|ministerio|gobierno|ministere|gouvernement|ministerio|governo)\b/i.test(clean)) {
    const name = clean.replace(/^(?:the|a|an|el|la|los|las|le|les|l'|o|a|os|as)\s+/i, '');
    if (words(name).length <= 6 && !/^(?:that|which|who|it)\b/i.test(name)) return { speaker: name[0].toUpperCase() + name.slice(1), how: 'named' };
  }
  return null;
}

/** How far from a quote its attribution is looked for: keeps the scan linear in the text. */
const WINDOW = 300;

/** Attribution in the words after the closing mark, in the same sentence. */
function after(masked: string, span: Span, endsSentence: boolean, ctx: Context): Attribution | null {
  const rest = masked.slice(span.close + 1, span.close + 1 + WINDOW);
  const sentence = rest.match(/^[^.!?“”"«»]*/)![0];
  const verb = foldKeepingLength(sentence).match(VERB_RE);
  if (!verb || verb.index === undefined) return null;
  const verbStart = verb.index + verb[0].indexOf(verb[1]);
  const before = sentence.slice(0, verbStart);
  if (words(before).length > 14) return null;
  const following = sentence.slice(verbStart + verb[1].length);
  if (endsSentence) {
    // After a quote that closes its own sentence, "Esper added the U.S. was still committed…" starts
    // a new sentence of reported speech: accept only a short attribution ("…." he said.).
    if (words(following.split(/[,;:]/)[0]).length > 3) return null;
  }
  if (before.replace(/[\s,—–-]/g, '')) {
    // "…," U.S. Army General Mark Milley, chairman of the Joint Chiefs of Staff, told…: the name
    // comes before the first comma; the apposition gives the role.
    const [head, ...apposition] = before.replace(/^[\s,—–-]+/, '').split(',');
    return resolve(head, ctx) ?? resolve(apposition.join(','), ctx);
  }
  // Inverted: "…," said Esper / dijo el ministro / a déclaré le ministre.
  const subject = following.split(/[,;:(]/)[0];
  return resolve(subject.replace(/^\s*(?:to\s+\w+\s+)?/, ''), ctx);
}

/** Attribution in the words of the same sentence before the opening mark ("X said: “…”"). */
function before(masked: string, span: Span, ctx: Context): Attribution | null {
  const head = masked.slice(Math.max(0, span.open - WINDOW), span.open);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.search(/[”"»][^”"»]*$/));
  const sentence = head.slice(start + 1);
  const foldedSentence = foldKeepingLength(sentence);
  const according = foldedSentence.match(ACCORDING_RE);
  if (according && according.index !== undefined && /,\s*$/.test(sentence)) {
    const at = according.index + according[0].length - according[1].length;
    return resolve(sentence.slice(at, at + according[1].length), ctx);
  }
  const verb = [...foldedSentence.matchAll(new RegExp(VERB_RE.source, 'gu'))].pop();
  if (!verb || verb.index === undefined) return null;
  const verbStart = verb.index + verb[0].indexOf(verb[1]);
  const tail = sentence.slice(verbStart + verb[1].length);
  if (!/[:,]\s*$/.test(tail) || words(tail).length > 5) return null;
  const subject = sentence.slice(0, verbStart).split(/,(?![^,]*$)/).pop() ?? '';
  return resolve(subject, ctx) ?? resolve(sentence.slice(0, verbStart), ctx);
}

function joinText(paragraphs: readonly string[], parts: QuotePart[]): string {
  return parts
    .map((p) => paragraphs[p.paragraph].slice(p.start, p.end))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:]+$/, '')
    .trim();
}

/** Split quotes ("…," he said, "…") become one quote with its parts. */
function mergeSplit(spans: Span[], paragraphs: readonly string[], masked: string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev) {
      const a = prev.parts[prev.parts.length - 1];
      const b = span.parts[0];
      if (a.paragraph === b.paragraph) {
        const between = span.open - prev.close > 120 ? '' : masked[a.paragraph].slice(prev.close + 1, span.open);
        const firstQuoted = paragraphs[b.paragraph][b.start];
        if (
          /,\s*$/.test(paragraphs[a.paragraph].slice(a.start, a.end + 1).replace(/["”»’]$/, '')) &&
          /^\s*,?\s*[^.!?]{1,80},\s*$/.test(between) &&
          VERB_RE.test(foldKeepingLength(between)) &&
          /\p{Ll}/u.test(firstQuoted ?? '')
        ) {
          out[out.length - 1] = { parts: [...prev.parts, ...span.parts], open: prev.open, close: span.close, attributionGap: between } as Span;
          continue;
        }
      }
    }
    out.push(span);
  }
  return out;
}

const TITLE_CASE = /^(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|in|on|for|to|de|la|el|y|le|et|du|des)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|in|on|for|to|de|la|el|y|le|et|du|des))*$/u;

/**
 * Every direct quote in the paragraphs, whole, with its speaker. Scare quotes, single terms and
 * titles of works are left out unless the text attributes them to someone.
 */
export function findQuotes(paragraphs: readonly string[], _lang = 'en'): Quote[] {
  const masked = paragraphs.map(maskAbbreviations);
  const spans = mergeSplit(findSpans(paragraphs), paragraphs, masked);
  const ctx: Context = { people: findPeople(paragraphs), running: null };
  const quotes: Quote[] = [];
  for (const span of spans) {
    const text = joinText(paragraphs, span.parts);
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    const endsSentence = /[.!?…]$/.test(text);
    let found: Attribution | null = null;
    const split = (span as Span & { attributionGap?: string }).attributionGap;
    if (split) {
      const verb = foldKeepingLength(split).match(VERB_RE);
      if (verb?.index !== undefined) found = resolve(split.slice(0, verb.index + verb[0].indexOf(verb[1])), ctx) ?? resolve(split.slice(verb.index + verb[0].length), ctx);
    }
    if (!found && !endsSentence) found = after(masked[last.paragraph], { ...span, open: span.open }, false, ctx);
    found ??= before(masked[first.paragraph], span, ctx);
    found ??= after(masked[last.paragraph], span, endsSentence, ctx);
    const startsParagraph = paragraphs[first.paragraph].slice(0, span.open).trim() === '';
    if (!found && startsParagraph && ctx.running && words(text).length >= 4) found = { speaker: ctx.running, how: 'running' };

    const wordCount = words(text).length;
    if (!found) {
      // Unattributed: keep only what reads like speech, not a term, a nickname or a title.
      if (wordCount < 4) continue;
      if (!/[.!?,;:]/.test(text) && TITLE_CASE.test(text)) continue;
    }
    if (found) ctx.running = found.speaker;
    const para = paragraphs[last.paragraph];
    quotes.push({
      text,
      speaker: found?.speaker ?? null,
      attribution: found?.how ?? 'none',
      parts: span.parts.map((p) => ({ ...p })),
      anchor: {
        exact: para.slice(last.start, last.end),
        prefix: para.slice(Math.max(0, last.start - CONTEXT), last.start),
        suffix: para.slice(last.end, last.end + CONTEXT),
        paragraph: last.paragraph,
      },
    });
  }
  return quotes;
}

export { foldPhrase };
