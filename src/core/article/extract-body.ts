import { scoreTree } from './score-tree.ts';
import { readBlocks, type BodyBlock } from './read-blocks.ts';
import { trimBlocks } from './trim-blocks.ts';
import { findContainer } from './find-container.ts';

export type { BodyBlock } from './read-blocks.ts';

/**
 * Body extraction: one measuring pass over the page, pick the element whose blocks are worth most
 * (article prose for, menus and snippets against), read its blocks in order, trim the furniture
 * left at its edges. Reads the DOM only; never changes it.
 */
export function extractBody(doc: Document, hints: { articleBody?: string | null } = {}): BodyBlock[] {
  // An empty document has no root element (and linkedom's body getter throws then).
  if (!doc.documentElement) return [];
  // Not doc.body: linkedom's getter adds a <head> to a page without one, and we never change the page.
  let root: Element = doc.documentElement;
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'BODY') root = el;
  let scored = scoreTree(root, { markers: true });
  // Class words can misfire on a page-wide wrapper ("page-with-sidebar"): read again without them.
  if (!scored.best) scored = scoreTree(root, { markers: false });
  const container = findContainer(scored, doc, hints.articleBody ?? null);
  if (!container) return [];
  return trimBlocks(readBlocks(container, scored.info));
}
