import type { Article } from '../article/article.ts';
import { corroborate, type QuoteSource, type Verdict } from '../match/corroborate.ts';
import { measureReuse } from '../match/fingerprint.ts';
import { groupCoverage, type CoverageGroup } from '../match/group-coverage.ts';
import { urlKey } from '../match/same-url.ts';
import { reuseItem } from '../match/reuse-item.ts';
import { buildKnowledgeBase, type IndexedArticle, type KnowledgeBase } from '../packs/knowledge-base.ts';
import { resolveOutlet } from '../outlets/resolve-outlet.ts';
import type { Outlet } from '../outlets/outlet.ts';
import { outletCard, type CoverageItem, type OutletCard, type QuoteReport, type Report, type ReuseItem } from '../report.ts';
import { compareTokens } from '../text/normalize.ts';
import { livePack, liveStory } from './live-story.ts';
import type { FactCheck, LiveResults, LiveSourceReport } from './types.ts';

/** Everything a live source added is marked so, with when it was fetched. */
export interface LiveMark {
  live: true;
  fetched: string;
}

export type LiveCoverageItem = CoverageItem & LiveMark & { score: number; sourcecountry: string | null };
export type LiveQuoteSource = QuoteSource & Partial<LiveMark>;
export type LiveFactCheck = FactCheck & LiveMark;
export type LiveQuoteReport = Omit<QuoteReport, 'sources'> & { sources: LiveQuoteSource[]; factChecks?: LiveFactCheck[] };

export interface LiveReport extends Omit<Report, 'outlet' | 'story' | 'coverage' | 'quotes' | 'reuse'> {
  outlet: (OutletCard & Partial<LiveMark>) | null;
  story: (NonNullable<Report['story']> & { live?: true }) | null;
  coverage: Array<CoverageItem | LiveCoverageItem>;
  quotes: LiveQuoteReport[];
  reuse: Array<ReuseItem | (ReuseItem & LiveMark)>;
  live: { sources: LiveSourceReport[]; story: { id: string; articles: number; fetchedPages: number } | null };
}

/** Same threshold as the pack-based reuse: below a tenth, shared text is stock phrasing. */
const MIN_REUSE = 0.1;
const RANK: Record<Verdict, number> = { verbatim: 2, variant: 1, uncorroborated: 0 };

/**
 * The pack-based Report with what the live sources found added, never replacing what the packs
 * say: live coverage after the packs' (duplicates left out), quotes corroborated against fetched
 * pages (a verdict can only rise), reuse measured against them, fact-checks per quote, and
 * Wikidata's outlet only where the directory has none. Every added item says it is live and
 * when it was fetched; `live.sources` says what each source did, failures included.
 */
export function withLive(report: Report, article: Article, live: LiveResults, kb: KnowledgeBase): LiveReport {
  const when = (name: string) => live.sources.find((s) => s.name === name)?.fetched ?? new Date(0).toISOString();
  const story = liveStory(article.title, article.published, live);
  const indexed: IndexedArticle[] = story ? buildKnowledgeBase([livePack(story, when('gdelt'))]).stories[0].articles : [];
  const fetchedKeys = new Set(live.articles.map((a) => urlKey(a.url)));
  const fetchedArticles = indexed.filter((a) => fetchedKeys.has(urlKey(a.url)));
  const known = new Set(report.coverage.map((c) => urlKey(c.url)));
  const pageKey = urlKey(report.url);
  const fresh = indexed.filter((a) => !known.has(urlKey(a.url)) && urlKey(a.url) !== pageKey);
  const pageOutlet: Outlet | null = (report.url ? resolveOutlet(kb.outlets, report.url) : null) ?? live.outlet;

  // Names and independence: live items are grouped among themselves (owner, near-copies) and an
  // outlet that already counts in the packs' coverage does not count twice.
  const named = fresh.map((a) => ({ ...a, outlet: resolveOutlet(kb.outlets, a.url)?.name ?? a.domain }));
  const groups: CoverageGroup[] = named.length ? groupCoverage({ ...buildKnowledgeBase([]), outlets: kb.outlets }, named, pageOutlet).map((g) => ({ ...g, id: `live-${g.id}` })) : [];
  const countedOutlets = new Set(report.coverage.filter((c) => c.independent).flatMap((c) => [c.outlet, c.domain]));
  const groupOf = new Map<string, CoverageGroup>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g);
  const byUrl = new Map(live.coverage.map((c) => [urlKey(c.url), c]));
  const coverage: LiveCoverageItem[] = named.map((a) => {
    const g = groupOf.get(a.url);
    const c = byUrl.get(urlKey(a.url));
    const independent = !!g && g.reason !== 'this-owner' && g.members[0] === a.url && !countedOutlets.has(a.outlet) && !countedOutlets.has(a.domain);
    return { url: a.url, outlet: a.outlet, domain: a.domain, lang: a.lang, published: a.published, title: a.title, wire: null, independent, group: g?.id ?? '', live: true, fetched: when('gdelt'), score: c?.score ?? 0, sourcecountry: c?.sourcecountry ?? null };
  });

  const factChecksOn = live.sources.some((s) => s.name === 'factcheck' && s.ok);
  const quotes: LiveQuoteReport[] = report.quotes.map((q, i) => {
    const c = fetchedArticles.length ? corroborate(q, article.lang, fetchedArticles) : null;
    const have = new Set(q.sources.map((s) => urlKey(s.url)));
    const added: LiveQuoteSource[] = (c?.sources ?? []).filter((s) => !have.has(urlKey(s.url))).map((s) => ({ ...s, live: true, fetched: when('fetch') }));
    const verdict = c && RANK[c.verdict] > RANK[q.verdict] ? c.verdict : q.verdict;
    const earliest = verdict !== q.verdict && c?.earliest ? { url: c.earliest.url, outlet: c.earliest.outlet, published: c.earliest.published } : q.earliest;
    const sources = [...q.sources, ...added];
    const out: LiveQuoteReport = { ...q, verdict, earliest, sources, translations: sources.filter((s) => s.relation === 'translation').length };
    if (factChecksOn) out.factChecks = (live.factChecks[i] ?? []).map((f) => ({ ...f, live: true, fetched: when('factcheck') }));
    return out;
  });

  const tokens = compareTokens(article.paragraphs.join('\n\n'));
  const liveReuse = fetchedArticles
    .filter((a) => !known.has(urlKey(a.url)) && urlKey(a.url) !== pageKey)
    .map((a) => ({ a, m: measureReuse(tokens, new Set(a.fp)) }))
    .filter(({ m }) => m.share >= MIN_REUSE)
    .map(({ a, m }): ReuseItem & LiveMark => ({
      ...reuseItem(a, resolveOutlet(kb.outlets, a.url)?.name ?? a.domain, m, tokens, article.published),
      live: true,
      fetched: when('fetch'),
    }));

  const outlet = report.outlet ?? (live.outlet ? { ...outletCard(live.outlet, report.url), live: true as const, fetched: when('wikidata') } : null);
  const storyCard =
    report.story ??
    (story && coverage.length ? { id: story.id, title: story.title, summary: null, date: story.date, score: Math.max(...coverage.map((c) => c.score)), live: true as const } : null);
  return {
    ...report,
    outlet,
    story: storyCard,
    coverage: [...report.coverage, ...coverage],
    groups: [...report.groups, ...groups],
    independentSources: report.independentSources + coverage.filter((c) => c.independent).length,
    quotes,
    reuse: [...report.reuse, ...liveReuse].sort((a, b) => b.share - a.share).slice(0, 10),
    live: { sources: live.sources, story: story ? { id: story.id, articles: story.articles.length, fetchedPages: live.articles.length } : null },
  };
}
