import { cleanSpace } from '../text/normalize.ts';
import type { ElementInfo } from './score-tree.ts';

export interface BodyBlock {
  text: string;
  element: Element;
}

/** The page headline: the Article carries it as `title`, not as a paragraph. */
const TITLE_TAGS = new Set(['H1']);

/**
 * The blocks under the chosen container, in document order. Only elements the scoring pass
 * measured are read (furniture has no info), so both passes agree on what is furniture.
 * A link list is left out: a block whose text is mostly links (more than half; list items more
 * than a third, since a list item is often a single "Read more" link).
 *
 * Text broken by <br>s in one element stays one block, its text exactly the element's folded
 * textContent (which has no space where a <br> was: "stop.Sentence"). Badges are anchored by
 * offsets in that very string (content/anchor.ts), and we never change the page, so there is no
 * element to give each line; splitting the text would point offsets at the wrong characters. The
 * benchmark's \w+ tokens still split at the punctuation that ends most such lines.
 */
export function readBlocks(container: Element, info: Map<Element, ElementInfo>): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const stack: [Element, boolean][] = [[container, !!container.closest('article')]];
  while (stack.length) {
    const [el, inArticle] = stack.pop()!;
    const m = info.get(el);
    if (!m || m.text === 0) continue;
    // An article inside an article is a teaser of another story (or a comment), not this one's text.
    if (inArticle && el !== container && el.tagName === 'ARTICLE') continue;
    if (m.block) {
      if (TITLE_TAGS.has(el.tagName)) continue;
      if (m.link > m.text * 0.5) continue;
      const text = cleanSpace(el.textContent ?? '');
      // The text read must be the element's whole text (badges are anchored in it), so a block
      // whose text is mostly in unmeasured subtrees (an inline ad <script>, a hidden label) is
      // left out rather than read with them: prose has about one space per 6 letters, so 1.5x
      // the measured letters leaves room for that and catches a script.
      if (text && text.length <= m.text * 1.5 + 20) blocks.push({ text, element: el });
      continue;
    }
    const kids: Element[] = [];
    for (let n = el.firstElementChild; n; n = n.nextElementSibling) kids.push(n);
    const nowInArticle = inArticle || el.tagName === 'ARTICLE';
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], nowInArticle]);
  }
  return blocks;
}
