import type { QuoteAnchor } from '../core/quotes/quote.ts';
import { cleanSpace } from '../core/text/normalize.ts';

/** `/[\s\u00a0\u200b]/` by char code: pointAfter asks it of every character before the quote's end. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const CLOSING = /[”"»›’“]/;

/**
 * The DOM point just after character `offset` of an element's text as extraction saw it (white
 * space folded, trimmed), so that offsets computed on the Article map back onto the live page.
 */
export function pointAfter(el: Element, offset: number): { node: Text; offset: number } | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let clean = 0;
  let started = false;
  let pendingSpace = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const t = node.data;
    for (let i = 0; i < t.length; i++) {
      if (isSpace(t.charCodeAt(i))) {
        if (started) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        clean++;
        pendingSpace = false;
      }
      clean++;
      started = true;
      if (clean === offset) return { node, offset: i + 1 };
    }
  }
  return null;
}

/** The blocks' text as extraction saw it. */
export const blockTexts = (blocks: readonly Element[]) => blocks.map((b) => cleanSpace(b.textContent ?? ''));

/**
 * Where a quote's badge goes: right after its closing mark. The paragraph named by the anchor is
 * tried first; if the page re-rendered and the words moved, the exact text is searched in every
 * block, preferring the occurrence whose surrounding text matches the anchor's prefix and suffix.
 */
export function locateQuoteEnd(
  blocks: readonly Element[],
  anchor: QuoteAnchor,
  end: number,
  // Badges add no text to a block (a closed shadow root), so one reading serves every quote.
  texts: readonly string[] = blockTexts(blocks),
): { node: Text; offset: number } | null {
  let blockIndex = anchor.paragraph;
  let endOffset = end;
  const at = texts[blockIndex];
  if (at === undefined || at.slice(end - anchor.exact.length, end) !== anchor.exact) {
    let best = -1;
    let bestScore = -1;
    texts.forEach((t, i) => {
      for (let from = t.indexOf(anchor.exact); from !== -1; from = t.indexOf(anchor.exact, from + 1)) {
        const score = (t.slice(0, from).endsWith(anchor.prefix) ? 2 : 0) + (t.slice(from + anchor.exact.length).startsWith(anchor.suffix) ? 1 : 0);
        if (score > bestScore) {
          best = i;
          bestScore = score;
          endOffset = from + anchor.exact.length;
        }
      }
    });
    if (best === -1) return null;
    blockIndex = best;
  }
  const text = texts[blockIndex];
  // Step over the closing mark (and a comma or period set inside it) so the badge follows the quote.
  let target = endOffset;
  for (let k = 0; k < 2 && target < text.length && (CLOSING.test(text[target]) || /[,.]/.test(text[target]) && CLOSING.test(text[target + 1] ?? '')); k++) target++;
  return pointAfter(blocks[blockIndex], target);
}
