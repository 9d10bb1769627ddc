/**
 * The cheap first check the content script runs on every page: a few tag lookups and at most
 * ~100 text lengths, no layout. It says "maybe" generously; full extraction decides for sure, so
 * a miss here (an article never read) costs more than a false "maybe" (one extraction, ~2 ms).
 */

/**
 * Prose is text in paragraphs of a line or more (about 80 characters; menus, labels and teaser
 * titles are shorter). On Readability's 77 readerable test pages the former rule (three <p>s over
 * 120 characters among the first 40) let 58 through; counting <br>-broken containers, <pre> and
 * <article> text, and taking any 400 characters of such prose, lets all 77 through and still stops
 * its 7 non-articles.
 */
const LINE = 80;
/** The full extraction's own floor for an undeclared article (extract-article.ts). */
const ENOUGH = 400;

const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"\w*(?:Article|Posting)"/;

/**
 * One selector pass in document order (each tag lookup is a walk of the page in a DOM without
 * indexes like linkedom: six separate lookups cost up to 12 ms on a large page, one pass ~1 ms),
 * stopping as soon as the page declares an article or shows enough prose.
 */
export function isProbablyArticle(doc: Document): boolean {
  const els = doc.querySelectorAll('meta,script[type="application/ld+json"],p,pre,br,article');
  let prose = 0;
  let ld = 0;
  let articles = 0;
  let lastBreakParent: Element | null = null;
  for (let i = 0; i < els.length && i < 2000; i++) {
    const el = els[i];
    const tag = el.tagName;
    let text: Element | null = null;
    if (tag === 'META') {
      const key = el.getAttribute('property') ?? el.getAttribute('name');
      if (key === 'article:published_time' || (key === 'og:type' && el.getAttribute('content') === 'article')) return true;
    } else if (tag === 'SCRIPT') {
      if (ld++ < 5 && ARTICLE_LD.test((el.textContent ?? '').slice(0, 20_000))) return true;
    } else if (tag === 'P' || tag === 'PRE') {
      text = el;
    } else if (tag === 'BR') {
      // Text broken by <br>s in one container (old CMSs, forums): the container is the paragraph.
      const parent = el.parentElement;
      if (parent && parent !== lastBreakParent && parent.tagName !== 'P') text = lastBreakParent = parent;
    } else if (tag === 'ARTICLE' && articles++ < 3) {
      // An <article> whose text sits in bare <div>s; its paragraphs, if any, count again here,
      // which only makes the check more generous.
      text = el;
    }
    if (text) {
      const n = (text.textContent ?? '').trim().length;
      if (n >= LINE) prose += n;
      if (prose >= ENOUGH) return true;
    }
  }
  return false;
}
