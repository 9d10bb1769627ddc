import type { Span } from './find-spans.ts';
import type { QuotePart } from './quote.ts';

/**
 * Spanish, French and Portuguese print dialogue and interview answers as paragraphs opened by a
 * dash, with no quote marks:
 *   es/pt  "—No hemos estado a la altura —reconoció Simeone—. El equipo no encontró el camino."
 *   fr     "– Nous allons reloger chaque famille, a promis le maire."
 * The narrator's words (the incise) sit between a spaced dash and the next dash in es/pt, or after
 * the last comma before a speech verb in fr. They become the span's gap, where the speaker is found.
 * English uses a leading dash for lists and bylines, so this is only read in these three languages.
 */
const OPENING_DASH = /^\s*[—–―]\s?(?=[\p{Lu}¿¡«"“\d])/u;
const DIALOGUE_LANGS = new Set(['es', 'fr', 'pt']);

export function dialogueSpan(text: string, paragraph: number, lang: string, isSpeechVerbAt: (s: string) => number): Span | null {
  if (!DIALOGUE_LANGS.has(lang)) return null;
  const lead = text.match(OPENING_DASH);
  if (!lead) return null;
  const start = lead[0].length;
  const parts: QuotePart[] = [];
  let gap = '';
  // es/pt: " —reconoció Simeone—. El equipo…": the incise runs from a spaced dash to the next dash.
  const inner = text.slice(start).search(/\s[—–―]/u);
  if (inner >= 0) {
    const open = start + inner + 1;
    const closeRel = text.slice(open + 1).search(/[—–―]/u);
    const close = closeRel >= 0 ? open + 1 + closeRel : text.length;
    parts.push({ paragraph, start, end: start + inner });
    gap = text.slice(open + 1, close);
    const rest = text.slice(close + 1).match(/^[\s.,;:]*/)![0].length + close + 1;
    if (rest < text.length) parts.push({ paragraph, start: rest, end: text.length });
  } else {
    // fr: "…, a promis le maire." — the last comma (or ? !) that a speech verb follows.
    let cut = -1;
    for (const m of text.matchAll(/[,?!]\s+/g)) {
      const after = m.index! + m[0].length;
      if (after > start && isSpeechVerbAt(text.slice(after)) === 0) cut = m.index!;
    }
    if (cut >= 0) {
      const keep = text[cut] === ',' ? cut : cut + 1;
      parts.push({ paragraph, start, end: keep });
      gap = text.slice(cut + 1);
    } else parts.push({ paragraph, start, end: text.length });
  }
  for (const part of parts) {
    while (part.end > part.start && /[\s,;:]/.test(text[part.end - 1])) part.end--;
  }
  return { parts: parts.filter((p) => p.end > p.start), open: start - 1, close: parts[parts.length - 1].end, gap, dash: true };
}
