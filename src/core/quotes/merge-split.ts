import type { Span } from './find-spans.ts';
import { SPEECH } from './attribute.ts';
import { foldKeepingLength } from '../text/normalize.ts';

/**
 * The narrator's words between two parts of one quote: "…," he said, "…" / "…," Lynn said, via the
 * Los Angeles Times. "…" / "…" —reconoció Simeone— "…". Short, one clause, with a speech verb, and
 * ending where the second part opens. Longer words between two quotes are a new sentence of the
 * article, and the two quotes stay apart.
 */
const GAP = /^\s*[,;:—–-]?\s*[^.!?“”"«»„]{1,160}[,.:;—–-]\s*$/u;
const MAX_GAP_WORDS = 16;
/**
 * After the verb, only a short complement ("told reporters", "said in a statement", "said, via the
 * Los Angeles Times"). A longer clause ("told reporters, referring to General Frank McKenzie.") is
 * narration, and the next quote is a new statement, not the rest of this one.
 */
const MAX_WORDS_AFTER_VERB = 6;

/** Split quotes become one quote whose parts keep their own offsets, and whose gap names the speaker. */
export function mergeSplit(spans: Span[], masked: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && !prev.dash && !span.dash && !prev.gap) {
      const a = prev.parts[prev.parts.length - 1];
      const b = span.parts[0];
      if (a.paragraph === b.paragraph && span.open - prev.close < 200) {
        const between = masked[a.paragraph].slice(prev.close + 1, span.open);
        const verb = SPEECH.first(foldKeepingLength(between));
        const afterVerb = verb ? between.slice(verb.index! + verb[0].length).split(/\s+/).filter(Boolean).length : Infinity;
        if (GAP.test(between) && between.split(/\s+/).filter(Boolean).length <= MAX_GAP_WORDS && afterVerb <= MAX_WORDS_AFTER_VERB) {
          out[out.length - 1] = { parts: [...prev.parts, ...span.parts], open: prev.open, close: span.close, gap: between };
          continue;
        }
      }
    }
    out.push(span);
  }
  return out;
}
