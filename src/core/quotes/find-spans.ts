import { isLetterCode, isLowerCode, isNumberCode } from '../text/normalize.ts';
import type { QuotePart } from './quote.ts';

/** Opening mark → the marks that close it. */
const CLOSERS: Record<string, string> = {
  // Some pages close “ with “ or ", or open with " and close with ” (templates mixing both).
  '“': '”“"',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '"': '"”',
  '‘': '’',
  '‚': '‘’',
};
const OPENERS = new Set(Object.keys(CLOSERS));
const ALL_MARKS = '“”„«»‹›"‘’‚';
const MAX_PARTS = 8;
const MAX_CHARS = 6000;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
// By char code, not /[\p{L}\p{N}]/u: called on every mark's neighbours, it compiled cold per page.
const isLetter = (c: string | undefined) => c !== undefined && (isLetterCode(c.charCodeAt(0)) || isNumberCode(c.charCodeAt(0)));

function canOpen(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next) && text[i] !== '«' && text[i] !== '‹') {
    // « with an inner space is French style: « Bonjour »
    return false;
  }
  if (text[i] === '‘' || text[i] === '"') return prev === undefined || /[\s([{—–\-/:;,]/.test(prev) || ALL_MARKS.includes(prev);
  return !isLetter(prev);
}

function canClose(text: string, i: number, mark: string): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isSpace(prev) && mark !== '»' && mark !== '›') return false;
  if (mark === '’' || mark === '"') return next === undefined || !isLetter(next);
  return true;
}

export interface Span {
  parts: QuotePart[];
  /** The narrator's words between the parts of a split quote ("…," he said, "…"), where the speaker is. */
  gap?: string;
  /** A dialogue paragraph opened by a dash rather than quote marks. */
  dash?: boolean;
  /** Index of the opening mark in the first part's paragraph. */
  open: number;
  /** Index of the closing mark in the last part's paragraph. */
  close: number;
}

/**
 * Quoted spans across paragraphs. A quote still open at a paragraph's end goes on when the next
 * paragraph opens with the same mark (the multi-paragraph convention) or starts in lower case
 * (a sentence cut by page furniture); otherwise it is unbalanced and dropped, so one stray mark
 * never swallows the rest of the article. Linear in the text.
 */
export function findSpans(paragraphs: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: { opener: string; parts: QuotePart[]; partStart: number; open: number; chars: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    let i = 0;
    if (open) {
      // Decide how the open quote continues into this paragraph.
      const lead = text.match(/^\s*/)![0].length;
      if (text[lead] === open.opener) {
        open.partStart = lead + 1;
        i = lead + 1;
      } else if (lead < text.length && isLowerCode(text.charCodeAt(lead))) {
        open.partStart = lead;
        i = lead;
      } else {
        open = null;
      }
    }
    for (; i < text.length; i++) {
      const c = text[i];
      if (open) {
        if (CLOSERS[open.opener].includes(c) && canClose(text, i, c)) {
          open.parts.push({ paragraph: p, start: open.partStart, end: i });
          spans.push({ parts: open.parts, open: open.open, close: i });
          open = null;
        }
      } else if (OPENERS.has(c) && canOpen(text, i)) {
        open = { opener: c, parts: [], partStart: i + 1, open: i, chars: 0 };
      }
    }
    if (open) {
      open.parts.push({ paragraph: p, start: open.partStart, end: text.length });
      open.chars += text.length - open.partStart;
      if (open.parts.length >= MAX_PARTS || open.chars > MAX_CHARS) open = null;
    }
  }
  for (const span of spans) {
    for (const part of span.parts) {
      const text = paragraphs[part.paragraph];
      while (part.start < part.end && /\s/.test(text[part.start])) part.start++;
      while (part.end > part.start && /\s/.test(text[part.end - 1])) part.end--;
    }
  }
  return spans.filter((s) => s.parts.some((part) => part.end > part.start));
}
