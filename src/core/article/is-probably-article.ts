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

/** Sum of the text lengths of the first `max` elements of a tag that are at least a line long. */
function prose(doc: Document, tag: string, max: number, of: (el: Element) => Element | null = (el) => el): number {
  const els = doc.getElementsByTagName(tag);
  const seen = new Set<Element>();
  let sum = 0;
  for (let i = 0; i < els.length && i < max && sum < ENOUGH; i++) {
    const el = of(els[i]);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    const n = (el.textContent ?? '').trim().length;
    if (n >= LINE) sum += n;
  }
  return sum;
}

/**
 * Each tag lookup walks the page in a DOM without indexes (linkedom; browsers keep live
 * collections), so the cheap signals go first and each step runs only when the ones before
 * said too little: <meta>s in <head>, paragraphs, <br>-broken containers, <pre>, <article>, and
 * JSON-LD last.
 */
export function isProbablyArticle(doc: Document): boolean {
  // Not doc.head: linkedom's getter adds a <head> to a page without one, and we never change the page.
  let head: Element | null = null;
  for (let el = doc.documentElement?.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'HEAD') head = el;
  const metas = head?.getElementsByTagName('meta') ?? [];
  for (let i = 0; i < metas.length && i < 200; i++) {
    const key = metas[i].getAttribute('property') ?? metas[i].getAttribute('name');
    if (key === 'article:published_time' || (key === 'og:type' && metas[i].getAttribute('content') === 'article')) return true;
  }
  let sum = prose(doc, 'p', 60);
  // Text broken by <br>s in one container (old CMSs, forums): the container is the paragraph.
  if (sum < ENOUGH) sum += prose(doc, 'br', 40, (br) => (br.parentElement?.tagName === 'P' ? null : br.parentElement));
  if (sum < ENOUGH) sum += prose(doc, 'pre', 10);
  if (sum >= ENOUGH) return true;
  // An <article> whose text sits in bare <div>s (read whole, so not added to the <p>s it may hold).
  if (prose(doc, 'article', 3) >= ENOUGH) return true;
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, seen = 0; i < scripts.length && i < 100 && seen < 5; i++) {
    if (scripts[i].getAttribute('type') !== 'application/ld+json') continue;
    seen++;
    if (ARTICLE_LD.test((scripts[i].textContent ?? '').slice(0, 20_000))) return true;
  }
  return false;
}
