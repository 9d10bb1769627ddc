import { SKIP_TAGS, furnitureByMarker, furnitureByRole } from './furniture.ts';

/**
 * One bounded, iterative pass over the page (no recursion, so 10,000-deep nesting cannot
 * overflow the stack) that measures every element: its text, its link text, whether it is a
 * text block, and the value of the blocks it holds. Reads the DOM only.
 */

/** Elements that flow inside a line; a block is an element holding text and no other block. */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR',
]);

export interface ElementInfo {
  /** Characters of text (each text node trimmed), furniture left out. */
  text: number;
  /** Characters of that text inside links. */
  link: number;
  /** The element is read as one paragraph. */
  block: boolean;
  /** Sum of the values of the blocks inside: article text counts for, link lists and snippets against. */
  value: number;
}

export interface ScoredTree {
  info: Map<Element, ElementInfo>;
  best: Element | null;
  /** Elements visited; the pass stops at MAX_ELEMENTS. */
  visited: number;
}

/** Far above any article page we have seen (the largest of the 131 corpus pages has ~9,000 elements). */
const MAX_ELEMENTS = 60_000;
/** Article text sits well under 60 levels deep on real pages; deeper nesting is read no further. */
const MAX_DEPTH = 400;

/**
 * What a block is worth. Long text with few links is article prose; link-dense blocks are menus and
 * teasers; short bits (share labels, dates, "Advertisement") cost a little, so that a container
 * full of them loses to a tighter one. 80 characters is about one line of prose: on the corpus,
 * 94% of ground-truth paragraphs are longer, most furniture snippets shorter.
 */
export function blockValue(text: number, link: number): number {
  if (text === 0) return 0;
  if (link > text * 0.5) return -text;
  if (text >= 80) return text - link;
  return -0.3 * text;
}

/**
 * Characters of the link a block opens with, 0 when it opens with plain text. A story teaser is
 * a linked headline followed by its summary; article prose seldom opens on a long link.
 */
function leadingLink(el: Element): number {
  let node: Node | null = el.firstChild;
  for (let depth = 0; node && depth < 6; ) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim()) return 0;
      node = node.nextSibling;
      continue;
    }
    if (node.nodeType !== 1) {
      node = node.nextSibling;
      continue;
    }
    const e = node as Element;
    if (!(e.textContent ?? '').trim()) {
      node = node.nextSibling;
      continue;
    }
    if (e.tagName === 'A') return (e.textContent ?? '').trim().length;
    node = e.firstChild;
    depth++;
  }
  return 0;
}

/**
 * A teaser of another story: it opens on a linked headline (20+ characters, a sixth or more of its
 * text) and its summary is cut short with an ellipsis. Scored like a link list, so a column of
 * teasers next to the article no longer adds to the value of their common parent (on the corpus a
 * "breaking news" list of such items tripled a page's text). The ellipsis matters: a digest
 * article ("10 things in tech") is also a list of linked headlines with summaries, but whole ones.
 */
function isTeaser(el: Element, text: number, link: number): boolean {
  if (link < 20 || link < text / 6) return false;
  const lead = leadingLink(el);
  if (lead < 20 || lead < text / 6) return false;
  return /(?:\.\.\.|…)\s*(?:\]|\))?$/.test((el.textContent ?? '').trimEnd().slice(-8));
}

interface Frame {
  el: Element;
  depth: number;
  kids: Element[];
  next: number;
  text: number;
  link: number;
  inline: number;
  hasBlock: boolean;
  value: number;
  /** Inside an <a>: a heading or paragraph wrapped in a link is link text too (a teaser card). */
  inLink: boolean;
}

export function scoreTree(root: Element, options: { markers: boolean }): ScoredTree {
  const info = new Map<Element, ElementInfo>();
  let visited = 0;
  let best: Element | null = null;
  let bestValue = 0;
  let bestBlock: Element | null = null;
  let bestBlockValue = 0;
  const open = (el: Element, depth: number, inLink: boolean): Frame | null => {
    if (visited >= MAX_ELEMENTS || depth > MAX_DEPTH) return null;
    visited++;
    if (SKIP_TAGS.has(el.tagName) || furnitureByRole(el) || (options.markers && furnitureByMarker(el))) return null;
    const frame: Frame = { el, depth, kids: [], next: 0, text: 0, link: 0, inline: 0, hasBlock: false, value: 0, inLink: inLink || el.tagName === 'A' };
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) frame.kids.push(n as Element);
      else if (n.nodeType === 3) {
        const len = (n as Text).data.trim().length;
        frame.text += len;
        frame.inline += len;
      }
    }
    return frame;
  };
  const first = open(root, 0, false);
  if (!first) return { info, best, visited };
  const stack: Frame[] = [first];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next < top.kids.length) {
      const child = open(top.kids[top.next++], top.depth + 1, top.inLink);
      if (child) stack.push(child);
      continue;
    }
    stack.pop();
    const { el } = top;
    const isInline = INLINE_TAGS.has(el.tagName);
    if (top.inLink) top.link = top.text;
    // A block is read whole: text with no block inside, or mostly loose text around a few blocks.
    const block = !isInline && top.text > 0 && (!top.hasBlock || top.inline >= top.text * 0.5);
    const value = block ? (isTeaser(el, top.text, top.link) ? -top.text : blockValue(top.text, top.link)) : top.value;
    info.set(el, { text: top.text, link: top.link, block, value });
    if (block && value > bestBlockValue) {
      bestBlock = el;
      bestBlockValue = value;
    } else if (!block && value > bestValue) {
      best = el;
      bestValue = value;
    }
    const parent = stack[stack.length - 1];
    if (!parent) continue;
    parent.text += top.text;
    parent.link += top.link;
    parent.value += value;
    // An inline element wrapping mostly blocks (a <span> or <a> around <div>s and <p>s, common in
    // page builders) is a wrapper, not a run of text: counting it as inline made a whole
    // 3,400-character article one block. One holding mostly loose text and <br>s stays a run.
    if (isInline && !(top.hasBlock && top.inline < top.text * 0.5)) parent.inline += top.text;
    else if (top.text > 0) parent.hasBlock = true;
  }
  // One block can hold the whole article: a news brief written as loose text and <br>s in one
  // <div> (on the corpus, a 500-character brief lost to a footer address block). It is taken when
  // it is worth more than the best container and lies outside it; inside it, the container is
  // the article with some furniture netting against it, and one paragraph of it would be too little.
  if (bestBlock && bestBlockValue > bestValue && !best?.contains(bestBlock)) best = bestBlock;
  return { info, best, visited };
}
