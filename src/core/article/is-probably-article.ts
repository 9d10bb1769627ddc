/**
 * The cheap first check the content script runs on every page: a few selector lookups and at
 * most 40 paragraph lengths. Says "maybe" generously; full extraction decides for sure.
 */
export function isProbablyArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"],meta[property="article:published_time"],script[type="application/ld+json"]')) {
    for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
      if (/"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report)?Article"/.test((s.textContent ?? '').slice(0, 20_000))) return true;
    }
    if (doc.querySelector('meta[property="og:type"][content="article"],meta[property="article:published_time"]')) return true;
  }
  const paragraphs = doc.getElementsByTagName('p');
  let long = 0;
  let total = 0;
  for (let i = 0; i < paragraphs.length && i < 40; i++) {
    const n = (paragraphs[i].textContent ?? '').length;
    if (n > 120) long++;
    total += n;
    if (long >= 3 && total > 800) return true;
  }
  return false;
}
