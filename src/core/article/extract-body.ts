import { cleanSpace } from '../text/normalize.ts';

/**
 * Body extraction: find the element holding most of the page's paragraph text, then read its
 * blocks in order, leaving out page furniture. Reads the DOM only; never changes it.
 */

/** Subtrees that are never article text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'FIGURE', 'FIGCAPTION', 'IFRAME', 'SELECT', 'TEXTAREA', 'HEADER', 'MENU', 'DIALOG', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO']);
/** Class/id words of page furniture; matched on word boundaries so "shared-content" is not "share". */
const FURNITURE = /(?:^|[\s_-])(?:share|sharing|social|related|banner|promo|advert|ad|ads|adslot|sponsor|newsletter|subscribe|comments?|caption|credit|breadcrumbs?|tags|toolbar|menu|sidebar|widget|outbrain|taboola|popup|modal|cookie|paywall|signup|recommended|more-stories|read-more|readmore|most-read|trending)(?:$|[\s_-])/i;
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE']);
const MAX_NODES = 60_000;
const MAX_DEPTH = 400;

function isFurniture(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marker.length > 1 && FURNITURE.test(marker);
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').length;
  return n;
}

/** Text of a block with inline white space folded. */
function blockText(el: Element): string {
  return cleanSpace(el.textContent ?? '');
}

/** Paragraph-like elements of the page with their scores, bounded in count and depth. */
function scoreContainers(root: Element): Element | null {
  const scores = new Map<Element, number>();
  let visited = 0;
  const walk = (el: Element, depth: number) => {
    if (visited++ > MAX_NODES || depth > MAX_DEPTH) return;
    if (isFurniture(el)) return;
    if (el.tagName === 'P' || el.tagName === 'PRE') {
      const text = blockText(el);
      if (text.length < 25) return;
      const links = linkTextLength(el);
      if (links / text.length > 0.5) return;
      // Longer paragraphs and sentence punctuation are what article text looks like.
      const score = 1 + Math.min(text.length / 100, 3) + (text.match(/[,.;:!?]/g)?.length ?? 0) * 0.3;
      const parent = el.parentElement;
      if (parent) {
        scores.set(parent, (scores.get(parent) ?? 0) + score);
        const grand = parent.parentElement;
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
      }
      return;
    }
    for (const child of Array.from(el.children)) walk(child, depth + 1);
  };
  walk(root, 0);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

export interface BodyBlock {
  text: string;
  element: Element;
}

/** The article's blocks in reading order; empty when no container stands out. */
export function extractBody(doc: Document): BodyBlock[] {
  // An empty document has no root element (and linkedom's body getter throws then).
  if (!doc.documentElement) return [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const container = scoreContainers(root);
  if (!container) return [];
  const blocks: BodyBlock[] = [];
  let visited = 0;
  const walk = (el: Element, depth: number) => {
    if (visited++ > MAX_NODES || depth > MAX_DEPTH) return;
    if (el !== container && isFurniture(el)) return;
    if (BLOCK_TAGS.has(el.tagName)) {
      // A list item or quote block holding paragraphs is read through its paragraphs.
      if ((el.tagName === 'LI' || el.tagName === 'BLOCKQUOTE') && el.querySelector('p')) {
        for (const child of Array.from(el.children)) walk(child, depth + 1);
        return;
      }
      const text = blockText(el);
      if (!text) return;
      const links = linkTextLength(el);
      if (el.tagName === 'P' && text.length > 0 && links / text.length > 0.6) return;
      if (el.tagName === 'LI' && links / text.length > 0.3) return;
      blocks.push({ text, element: el });
      return;
    }
    for (const child of Array.from(el.children)) walk(child, depth + 1);
  };
  walk(container, 0);
  return blocks;
}
