import { cleanSpace, foldAlnum, wordRuns } from '../text/normalize.ts';
import { parseDate } from './parse-date.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** The page says of itself that it is an article (JSON-LD *Article type or og:type=article). */
  declaresArticle: boolean;
  /** The article text the page declares in JSON-LD, when it does (a guide to the body, not the body). */
  articleBody: string | null;
}

// schema.org's Article subtypes all end in "Article" or "Posting" (NewsArticle, BlogPosting,
// SocialMediaPosting, LiveBlogPosting, DiscussionForumPosting…), Report aside.
const ARTICLE_TYPES = /(?:Article|Posting)$|^Report$/;

/** Each selector lookup walks the whole page; on a 10 MB page that is slow, so metas are read once. */
const metaCache = new WeakMap<Document, Map<string, string>>();

function meta(doc: Document, key: string): string | null {
  let all = metaCache.get(doc);
  if (!all) {
    all = new Map();
    for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, 2000)) {
      const value = el.getAttribute('content');
      if (!value) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        // RDFa lets one meta carry several properties: property="dc:title og:title".
        for (const k of (el.getAttribute(attr) ?? '').split(/\s+/)) if (k && !all.has(k)) all.set(k, value);
      }
    }
    metaCache.set(doc, all);
  }
  const value = all.get(key);
  return value ? cleanSpace(value) : null;
}

type Json = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, @graph flattened; malformed blocks are skipped. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, 50)) visit(item, depth + 1);
      return;
    }
    out.push(node as Json);
    const graph = (node as Json)['@graph'];
    if (graph) visit(graph, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      // Many CMSs wrap the block in a CDATA section or an HTML comment (16 of the 84 Readability
      // pages do; their headline and datePublished were lost to JSON.parse before).
      visit(JSON.parse(text.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '')), 0);
    } catch {
      // A broken JSON-LD block is common on real pages; the other signals still apply.
    }
  }
  return out;
}

function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanSpace(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as Json).name);
  return null;
}

const SEPARATOR = /\s+[|\-–—·»/\\]\s+/;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
// By char code (normalize.ts): a \p{L} regex compiles cold on every page.
const foldName = foldAlnum;

/** The title without the site's name at its end (or start), null when it names no site. */
function withoutSiteName(title: string, parts: string[], siteName: string | null): string | null {
  if (!siteName) return null;
  // og:site_name is often longer than the name in the title ("Aktuálně.cz - Víte, co se…").
  const site = foldName(siteName);
  // Three letters at least: a one- or two-letter part ("A", "EU") is too easily a prefix by chance.
  const isSite = (part: string) => foldName(part).length >= 3 && site.startsWith(foldName(part));
  if (isSite(parts[parts.length - 1])) return title.slice(0, title.length - parts[parts.length - 1].length).replace(/\s+\S+\s*$/, '');
  if (isSite(parts[0])) return title.slice(parts[0].length).replace(/^\s*\S+\s+/, '');
  return null;
}

/**
 * A <title> without the site's name: " - Site" / " | Site" at the end (or "Site | " at the
 * start). The part cut must be the site name, or look like one while the rest still reads as a
 * headline (more than 4 words): "Google - Site Reliability Engineering" stays whole, and "Brexit:
 * what next" keeps its colon (not a separator: headlines use it).
 */
function cleanTitle(raw: string, siteName: string | null): string {
  const title = cleanSpace(raw);
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const named = withoutSiteName(title, parts, siteName);
  if (named) return named;
  const head = title.slice(0, title.length - parts[parts.length - 1].length).replace(/\s+\S+\s*$/, '');
  if (words(head) > 4) return head;
  const tail = title.slice(parts[0].length).replace(/^\s*\S+\s+/, '');
  if (words(tail) > 4 && words(parts[0]) <= 3) return tail;
  return title;
}

const wordSet = (t: string) => new Set(wordRuns(t.toLowerCase(), '', true).map((m) => m[0]));

/**
 * The JSON-LD headline. When the object has both a `name` and a `headline` that differ, the one
 * closer to the page's <title> is the title: some publishers put a description in `headline`
 * (Wikipedia: "matrix equal to its conjugate-transpose" for "Hermitian matrix").
 */
function ldHeadline(article: Json | undefined, docTitle: string): string | null {
  const headline = typeof article?.headline === 'string' ? cleanSpace(article.headline) : null;
  const name = typeof article?.name === 'string' ? cleanSpace(article.name) : null;
  if (!headline || !name || headline === name || !docTitle.trim()) return headline || null;
  // How much of the <title> each covers: the site's name covers little of a headline's title.
  const title = wordSet(docTitle);
  const covers = (t: string) => {
    const w = wordSet(t);
    let n = 0;
    for (const x of title) if (w.has(x)) n++;
    return n / title.size;
  };
  return covers(name) > covers(headline) ? name : headline;
}

export function readMetadata(doc: Document): PageMetadata {
  // Read the metas afresh on every call: the page may have changed since the last one.
  metaCache.delete(doc);
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const siteName =
    meta(doc, 'og:site_name') ??
    nameOf(article?.publisher) ??
    meta(doc, 'application-name');

  const ogTitle = meta(doc, 'og:title') ?? meta(doc, 'twitter:title');
  const ldTitle = ldHeadline(article, doc.querySelector('title')?.textContent ?? '');
  const h1 = doc.querySelector('h1');
  const h1Text = h1 ? cleanSpace(h1.textContent ?? '') : '';
  const docTitle = doc.querySelector('title')?.textContent ?? '';
  // The page's own declarations first, then its <title> (which names the page, where an <h1> on a
  // template page is often a section or a site name), the <h1> last.
  // Dublin Core is declared on purpose by the few sites that use it (a library, a journal), while
  // og:title is often the shorter social-media headline; Readability reads it in this order too.
  const dcTitle = meta(doc, 'dc:title') ?? meta(doc, 'dcterms:title') ?? meta(doc, 'dc.title') ?? meta(doc, 'DC.title');
  const declared = ldTitle ?? dcTitle ?? ogTitle ?? meta(doc, 'parsely-title');
  let title = declared ?? (docTitle.trim() ? cleanTitle(docTitle, siteName) : null) ?? (h1Text || null);
  // A declared title keeps its words, but for the site's name when the page names its site.
  if (declared && title) {
    const parts = title.split(SEPARATOR);
    if (parts.length > 1) title = withoutSiteName(title, parts, siteName) || title;
  }

  const byline =
    nameOf(article?.author) ??
    meta(doc, 'author') ??
    meta(doc, 'article:author') ??
    meta(doc, 'parsely-author') ??
    (doc.querySelector('[rel="author"],[itemprop="author"] [itemprop="name"],[itemprop="author"]')?.textContent?.trim() || null);

  const publishedRaw =
    (typeof article?.datePublished === 'string' ? article.datePublished : null) ??
    meta(doc, 'article:published_time') ??
    meta(doc, 'datePublished') ??
    meta(doc, 'parsely-pub-date') ??
    meta(doc, 'date') ??
    meta(doc, 'dc.date') ??
    meta(doc, 'DC.date.issued') ??
    timeDate(doc) ??
    visibleDate(doc);
  const published = publishedRaw ? parseDate(publishedRaw) : null;

  const langRaw =
    doc.documentElement?.getAttribute('lang') ??
    (typeof article?.inLanguage === 'string' ? article.inLanguage : null) ??
    meta(doc, 'og:locale') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    null;
  const lang = langRaw ? (langRaw.trim().toLowerCase().split(/[-_]/)[0] || null) : null;

  const canonicalUrl = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  const ogType = meta(doc, 'og:type');
  return {
    title,
    byline: byline ? cleanSpace(byline).replace(/^by\s+/i, '') || null : null,
    published,
    lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : null,
    siteName,
    canonicalUrl,
    declaresArticle: !!article || ogType === 'article',
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody : null,
  };
}

/**
 * A <time datetime> that dates the article: one marked datePublished/pubdate first, else the
 * first outside navigation, asides, footers and links (a "latest updates" list dates other pages).
 */
function timeDate(doc: Document): string | null {
  const times = Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 30);
  const marked = times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate'));
  const el = marked ?? times.find((t) => !t.closest('nav,aside,footer,a,[role="navigation"],[role="complementary"]'));
  return el?.getAttribute('datetime') ?? null;
}

/** A date printed near the headline (class names like "date", "time", "published"). */
function visibleDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[class*="date" i],[class*="time" i],[class*="published" i]')).slice(0, 10)) {
    const text = cleanSpace(el.textContent ?? '');
    if (text.length > 0 && text.length < 60 && parseDate(text)) return text;
  }
  return null;
}
