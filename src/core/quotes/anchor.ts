import type { QuoteAnchor, QuotePart } from './quote.ts';

/**
 * Context kept on each side of the quote. Hypothesis keeps 32 characters: enough to tell apart two
 * occurrences of the same words in one article, short enough to survive small edits around them.
 */
const CONTEXT = 32;

/** A text-quote + position anchor on one part of a quote, as Hypothesis anchors annotations. */
export function anchorOf(paragraphs: readonly string[], part: QuotePart): QuoteAnchor {
  const para = paragraphs[part.paragraph];
  return {
    exact: para.slice(part.start, part.end),
    prefix: para.slice(Math.max(0, part.start - CONTEXT), part.start),
    suffix: para.slice(part.end, part.end + CONTEXT),
    paragraph: part.paragraph,
  };
}
