import type { Quote, QuotePart } from './quote.ts';
import { findSpans, type Span } from './find-spans.ts';
import { dialogueSpan } from './dialogue.ts';
import { mergeSplit } from './merge-split.ts';
import { findPeople } from './people.ts';
import { after, before, fromGap, leadsIn, reportedSpeaker, speechVerbAt } from './attribute.ts';
import { unnamedNouns, type Attribution, type Context } from './resolve-speaker.ts';
import { isNotSpeech } from './not-speech.ts';
import { anchorOf } from './anchor.ts';
import { inferGenders } from './gender.ts';
import { maskAbbreviations } from './mask.ts';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function joinText(paragraphs: readonly string[], parts: QuotePart[]): string {
  return parts
    .map((p) => paragraphs[p.paragraph].slice(p.start, p.end))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:]+$/, '')
    .trim();
}

/** Quote-mark spans plus dash dialogue; a dialogue paragraph's own marks are nested, not quotes of their own. */
function allSpans(paragraphs: readonly string[], lang: string): Span[] {
  const dialogue = new Map<number, Span>();
  paragraphs.forEach((text, p) => {
    const span = dialogueSpan(text, p, lang, speechVerbAt);
    if (span) dialogue.set(p, span);
  });
  const marked = findSpans(paragraphs).filter((s) => !s.parts.some((part) => dialogue.has(part.paragraph)));
  return [...marked, ...dialogue.values()].sort((a, b) => a.parts[0].paragraph - b.parts[0].paragraph || a.open - b.open);
}

/** The narrator's words from the end of the last quote to the start of this one (for reported speech). */
function narrationBetween(masked: readonly string[], from: { paragraph: number; offset: number }, span: Span): string {
  const to = span.parts[0].paragraph;
  if (from.paragraph === to) return masked[to].slice(from.offset, span.open);
  const between = masked.slice(from.paragraph + 1, to);
  return [masked[from.paragraph]?.slice(from.offset) ?? '', ...between, masked[to].slice(0, span.open)].join(' ');
}

/**
 * Every direct quote in the paragraphs, whole, with its speaker. Scare quotes, single terms and
 * titles of works are left out unless the text attributes them to someone.
 */
export function findQuotes(paragraphs: readonly string[], lang = 'en'): Quote[] {
  const masked = paragraphs.map(maskAbbreviations);
  const spans = mergeSplit(allSpans(paragraphs, (lang || 'en').slice(0, 2)), masked);
  const people = findPeople(paragraphs);
  inferGenders(paragraphs, people);
  const ctx: Context = { people, running: null, recent: [], unnamed: unnamedNouns(paragraphs) };
  const quotes: Quote[] = [];
  let cursor = { paragraph: 0, offset: 0 };
  for (const span of spans) {
    const reported = reportedSpeaker(narrationBetween(masked, cursor, span), ctx);
    if (reported) ctx.running = reported.speaker;
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    cursor = { paragraph: last.paragraph, offset: Math.min(span.close + 1, paragraphs[last.paragraph].length) };
    const text = joinText(paragraphs, span.parts);
    if (!text) continue;
    const endsSentence = /[.!?…]$/.test(text);
    let found: Attribution | null = span.gap ? fromGap(maskAbbreviations(span.gap), ctx) : null;
    // "he said, “…,” the prosecutor's office said": the words are his, relayed by the office. A verb
    // right before the quote (or before its second part) names who said them, ahead of the relayer.
    const lead = span.gap ?? masked[first.paragraph].slice(0, span.open);
    if (!found && !span.dash && leadsIn(lead)) {
      const direct = before(masked[first.paragraph], span.open, ctx);
      if (direct?.speaker) found = direct;
    }
    if (!found && !endsSentence && !span.dash) found = after(masked[last.paragraph], span.close, false, ctx);
    if (!found && !span.dash) found = before(masked[first.paragraph], span.open, ctx);
    if (!found && !span.dash) found = after(masked[last.paragraph], span.close, endsSentence, ctx);
    const startsParagraph = paragraphs[first.paragraph].slice(0, span.open).trim() === '' || span.dash;
    if (!found && startsParagraph && ctx.running && words(text).length >= 4) found = { speaker: ctx.running, how: 'running' };
    // One or two quoted words are a term, even when a speaker is near ("called it “historic”").
    if (words(text).length < 3 || (!found?.speaker && isNotSpeech(text))) continue;
    if (found) ctx.running = found.speaker;
    if (found?.speaker) ctx.recent.push(found.speaker);
    quotes.push({
      text,
      speaker: found?.speaker ?? null,
      attribution: found?.how ?? 'none',
      parts: span.parts.map((p) => ({ ...p })),
      anchor: anchorOf(paragraphs, last),
    });
  }
  return quotes;
}

