import type { Article } from './article/article.ts';
import { hashesOf, type KnowledgeBase, type IndexedArticle } from './packs/knowledge-base.ts';
import type { Outlet, Ownership } from './outlets/outlet.ts';
import { resolveOutlet, registrableDomain } from './outlets/resolve-outlet.ts';
import { compareTokens } from './text/normalize.ts';
import { salientTerms } from './text/terms.ts';
import { kgramHashes, measureReuse } from './match/fingerprint.ts';
import { sampled } from './match/hash-index.ts';
import { matchStory } from './match/match-story.ts';
import { corroborate, type QuoteSource, type Verdict } from './match/corroborate.ts';
import { groupCoverage, type CoverageGroup } from './match/group-coverage.ts';
import { urlKey } from './match/same-url.ts';
import { reuseItem } from './match/reuse-item.ts';
import type { QuoteAnchor, QuotePart } from './quotes/quote.ts';

export interface OutletCard {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
  ownership: Ownership;
  stateAffiliated: boolean | null;
  state: string | null;
  typology: string | null;
  /** Nearest owner (kept for the CLI contract); the chain is in `owners`. */
  owner: string | null;
  owners: string[];
  languages: string[];
  kind: string | null;
  sources: Array<{ url: string; title: string | null; facts: string[]; says: string | null }>;
  notes: string | null;
}

export interface CoverageItem {
  url: string;
  outlet: string;
  domain: string;
  lang: string;
  published: string | null;
  title: string;
  wire: string | null;
  /** False for a reprint, a same-owner outlet or a near-copy of an item listed before it. */
  independent: boolean;
  group: string;
}

export interface QuoteReport {
  text: string;
  speaker: string | null;
  attribution: string;
  verdict: Verdict;
  sources: QuoteSource[];
  earliest: { url: string; outlet: string; published: string | null } | null;
  translations: number;
  parts: QuotePart[];
  anchor: QuoteAnchor;
}

export interface ReuseItem {
  url: string;
  outlet: string;
  domain: string;
  title: string;
  published: string | null;
  /** Fraction (0–1) of this article's text found in that source. */
  share: number;
  /** True when the source was published before this article (by date). */
  earlier: boolean | null;
  /** The reused passages, as the first words of each (at most five). */
  passages: string[];
}

export interface Report {
  version: 1;
  url: string | null;
  article: {
    title: string | null;
    published: string | null;
    lang: string | null;
    byline: string | null;
    dateline: string | null;
    siteName: string | null;
  };
  outlet: OutletCard | null;
  story: { id: string; title: string; summary: string | null; date: string | null; score: number } | null;
  coverage: CoverageItem[];
  groups: CoverageGroup[];
  independentSources: number;
  quotes: QuoteReport[];
  reuse: ReuseItem[];
  packs: Array<{ id: string; title: string; version: string }>;
}

export function outletCard(outlet: Outlet, url: string | null): OutletCard {
  return {
    id: outlet.id,
    name: outlet.name,
    domain: url ? registrableDomain(url) : (outlet.domains[0] ?? null),
    country: outlet.country,
    ownership: outlet.ownership,
    stateAffiliated: outlet.stateAffiliated ?? null,
    state: outlet.state ?? null,
    typology: outlet.typology ?? null,
    owner: outlet.owners[0] ?? null,
    owners: outlet.owners,
    languages: outlet.languages,
    kind: outlet.kind ?? null,
    sources: outlet.citations.map((c) => ({ url: c.url, title: c.title ?? null, facts: c.facts, says: c.says ?? null })),
    notes: outlet.notes ?? null,
  };
}

/** Reuse below this share is shared stock phrases, not reuse. */
const MIN_REUSE = 0.1;

/** The Report for a page: what the popup, the badges and the CLI show. Pure and synchronous. */
export function buildReport(article: Article, kb: KnowledgeBase, pageUrl: string | null): Report {
  const url = pageUrl ?? article.canonicalUrl ?? article.url;
  const selfKeys = new Set([urlKey(url), urlKey(article.canonicalUrl)].filter(Boolean));
  const isSelf = (a: IndexedArticle) => selfKeys.has(urlKey(a.url));
  const outlet = url ? resolveOutlet(kb.outlets, url) : null;
  const text = article.paragraphs.join('\n\n');

  // Reuse: pack articles sharing sampled fingerprints with this text (see match/hash-index.ts),
  // then measured exactly against each candidate's full fingerprint.
  const tokens = compareTokens(text);
  const grams = kgramHashes(tokens);
  const counts = new Map<number, number>();
  for (const h of new Set(grams)) if (sampled(h)) kb.byHash.forEach(h, (i) => counts.set(i, (counts.get(i) ?? 0) + 1));
  const reuse: ReuseItem[] = [];
  const reuseByStory = new Map<number, number>();
  for (const [i, n] of counts) {
    const a = kb.articles[i];
    if (n < 2 || isSelf(a)) continue;
    const m = measureReuse(tokens, hashesOf(a), grams);
    if (m.share < MIN_REUSE) continue;
    reuseByStory.set(a.story, Math.max(reuseByStory.get(a.story) ?? 0, m.share));
    reuse.push(reuseItem(a, a.outlet, m, tokens, article.published));
  }
  reuse.sort((a, b) => b.share - a.share);

  const match = article.isArticle ? matchStory(kb, salientTerms(`${article.title ?? ''}\n${text}`), article.published, reuseByStory, undefined, article.lang, salientTerms(article.title ?? '')) : null;
  const coverageArticles = match ? match.story.articles.filter((a) => !isSelf(a)) : [];
  const groups = match ? groupCoverage(kb, coverageArticles, outlet) : [];
  const groupOf = new Map<string, CoverageGroup>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g);
  const firstOfGroup = new Set(groups.filter((g) => g.reason !== 'this-owner').map((g) => g.members[0]));
  const coverage: CoverageItem[] = coverageArticles.map((a) => ({
    url: a.url,
    outlet: a.outlet,
    domain: a.domain,
    lang: a.lang,
    published: a.published,
    title: a.title,
    wire: a.wire ?? null,
    independent: firstOfGroup.has(a.url),
    group: groupOf.get(a.url)?.id ?? '',
  }));

  const quotes: QuoteReport[] = article.quotes.map((q) => {
    const c = corroborate(q, article.lang, coverageArticles);
    return {
      text: q.text,
      speaker: q.speaker,
      attribution: q.attribution,
      verdict: c.verdict,
      sources: c.sources,
      earliest: c.earliest ? { url: c.earliest.url, outlet: c.earliest.outlet, published: c.earliest.published } : null,
      translations: c.sources.filter((s) => s.relation === 'translation').length,
      parts: q.parts,
      anchor: q.anchor,
    };
  });

  return {
    version: 1,
    url,
    article: {
      title: article.title,
      published: article.published,
      lang: article.lang,
      byline: article.byline,
      dateline: article.dateline,
      siteName: article.siteName,
    },
    outlet: outlet ? outletCard(outlet, url) : null,
    story: match
      ? { id: match.story.story.id, title: match.story.story.title, summary: match.story.story.summary ?? null, date: match.story.story.date, score: Math.round(match.score * 1000) / 1000 }
      : null,
    coverage,
    groups,
    independentSources: firstOfGroup.size,
    quotes,
    reuse: reuse.slice(0, 10),
    packs: kb.packs.map(({ id, title, version }) => ({ id, title, version })),
  };
}
