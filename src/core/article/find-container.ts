import { foldAlnum } from '../text/normalize.ts';
import type { ScoredTree } from './score-tree.ts';

/**
 * Which element holds the article. The page's own word comes first: the text of JSON-LD
 * `articleBody` (the blocks that carry it), then a microdata `articleBody` element or an <article>
 * element near the best-scoring one; otherwise the element whose blocks are worth most.
 */

// By char code (normalize.ts): a \p{L} regex compiles cold on every page.
const fold = foldAlnum;
/** A block is found in articleBody when its first 60 letters and digits are: long enough to be unique. */
const PROBE = 60;

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return null;
}

function byDeclaredText(scored: ScoredTree, articleBody: string): Element | null {
  const body = fold(articleBody);
  // A short articleBody is a teaser, not the text.
  if (body.length < 300) return null;
  let found: Element | null = null;
  let covered = 0;
  for (const [el, m] of scored.info) {
    if (!m.block || m.text < PROBE) continue;
    const text = fold(el.textContent ?? '');
    if (text.length < PROBE || !body.includes(text.slice(0, PROBE))) continue;
    covered += text.length;
    found = found ? commonAncestor(found, el) : el;
  }
  // The blocks found must carry most of the declared text: a declaration that is only the
  // lead paragraph (some sites publish that) would narrow the body to it.
  if (!found || covered < body.length * 0.6) return null;
  // One block is not enough to name a container: a declaration of only the lead would narrow the
  // body to its first paragraph.
  return scored.info.get(found)?.block ? null : found;
}

/**
 * A marked container next to the best one: taken when it holds nearly all of the best one's value
 * (an ancestor, 90%: a little more furniture for all the text) or a good share of it (a descendant,
 * 60%: the rest is then mostly teasers around the article).
 */
function byMarkup(scored: ScoredTree, doc: Document, best: Element): Element {
  const bestValue = scored.info.get(best)?.value ?? 0;
  let chosen = best;
  let chosenValue = 0;
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="articleBody"],article')).slice(0, 50)) {
    const m = scored.info.get(el);
    // An <article> holding other articles is a list of stories, not one.
    if (!m || m.value <= 0 || (el.tagName === 'ARTICLE' && el.querySelector('article'))) continue;
    const ok = el.contains(best) ? m.value >= bestValue * 0.9 : best.contains(el) ? m.value >= bestValue * 0.6 : false;
    const bonus = el.getAttribute('itemprop') ? 1 : 0;
    if (ok && m.value + bonus > chosenValue) {
      chosen = el;
      chosenValue = m.value + bonus;
    }
  }
  return chosen;
}

export function findContainer(scored: ScoredTree, doc: Document, articleBody: string | null): Element | null {
  const { best } = scored;
  const declared = articleBody ? byDeclaredText(scored, articleBody) : null;
  if (declared) return declared;
  return best ? byMarkup(scored, doc, best) : null;
}
