import type { Citation, Outlet, Ownership } from '../outlets/outlet.ts';
import { hostOf, registrableDomain } from '../outlets/resolve-outlet.ts';
import { cachedAnswer, httpRequest, type LiveContext, type RequestCounter } from './context.ts';
import { API_PATHS, endpointUrl } from './endpoints.ts';
import { httpGet } from './http.ts';
import { parseJsonAnswer } from './json-answer.ts';
import { LiveError } from './live-error.ts';
import { safeText } from './sanitize.ts';
import { isNewsType, kindOf, ownershipOf } from './wikidata-types.ts';
import { itemByWebsiteQuery, ownershipQuery } from './wikidata-query.ts';

/** Outlet facts change rarely; a week spares the query service and the user's bandwidth. */
const CACHE_MS = 7 * 86_400_000;
/** The owner chain as shown: deeper than this is holding-company plumbing. */
const MAX_CHAIN = 6;

type Binding = Record<string, { type?: string; value?: unknown } | undefined>;

export const itemUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;

function bindings(json: unknown): Binding[] {
  const rows = (json as { results?: { bindings?: unknown } })?.results?.bindings;
  if (!Array.isArray(rows)) throw new LiveError('malformed', 'the answer is not a SPARQL result set');
  return rows.filter((r) => r && typeof r === 'object') as Binding[];
}

const value = (b: Binding, name: string) => (typeof b[name]?.value === 'string' ? (b[name]!.value as string) : null);
const qidOf = (uri: string | null) => uri?.match(/\/entity\/(Q\d+)$/)?.[1] ?? null;
/** The label service falls back to the Q-id when an item has no label: not a name. */
const labelOf = (b: Binding, name: string, fallback: string) => {
  const label = safeText(value(b, name), 200);
  return label && !/^Q\d+$/.test(label) ? label : fallback;
};

async function sparql(query: string, ctx: LiveContext, counter: RequestCounter, base: string): Promise<Binding[]> {
  const url = endpointUrl(base, API_PATHS.wikidata, { format: 'json', query });
  const answer = await httpGet(url, httpRequest(ctx, counter, { headers: { accept: 'application/sparql-results+json' } }));
  return bindings(parseJsonAnswer(answer));
}

interface Item {
  qid: string;
  label: string;
  countries: string[];
  languages: string[];
  types: string[];
}

function items(rows: Binding[]): Item[] {
  const byId = new Map<string, Item>();
  for (const r of rows) {
    const qid = qidOf(value(r, 'item'));
    if (!qid) continue;
    const item = byId.get(qid) ?? { qid, label: labelOf(r, 'itemLabel', qid), countries: [], languages: [], types: [] };
    const country = value(r, 'countryCode')?.toUpperCase();
    if (country && /^[A-Z]{2}$/.test(country) && !item.countries.includes(country)) item.countries.push(country);
    const lang = value(r, 'langCode')?.toLowerCase();
    if (lang && /^[a-z]{2}$/.test(lang) && !item.languages.includes(lang)) item.languages.push(lang);
    const type = qidOf(value(r, 'type'));
    if (type && !item.types.includes(type)) item.types.push(type);
    byId.set(qid, item);
  }
  // Several items can share a website (a paper and its publisher): the news outlet first, then the oldest item.
  return [...byId.values()].sort((a, b) => Number(isNewsType(b.types)) - Number(isNewsType(a.types)) || Number(a.qid.slice(1)) - Number(b.qid.slice(1)));
}

interface Owner {
  qid: string;
  label: string;
  rel: 'P127' | 'P749';
  types: Set<string>;
  country: string | null;
}

/** Nearest owner first: owned-by (P127) before parent organisation (P749), cycles cut. */
function ownerChain(start: string, rows: Binding[]): Owner[] {
  const edges = new Map<string, Map<string, Owner>>();
  for (const r of rows) {
    const from = qidOf(value(r, 'from'));
    const to = qidOf(value(r, 'to'));
    const rel = value(r, 'rel');
    if (!from || !to || (rel !== 'P127' && rel !== 'P749')) continue;
    const out = edges.get(from) ?? new Map<string, Owner>();
    const owner = out.get(to) ?? { qid: to, label: labelOf(r, 'toLabel', to), rel, types: new Set<string>(), country: null };
    if (rel === 'P127') owner.rel = 'P127';
    const type = qidOf(value(r, 'toType'));
    if (type) owner.types.add(type);
    const cc = value(r, 'toCountryCode')?.toUpperCase();
    if (cc && /^[A-Z]{2}$/.test(cc)) owner.country = cc;
    out.set(to, owner);
    edges.set(from, out);
  }
  const chain: Owner[] = [];
  const visited = new Set([start]);
  let at = start;
  while (chain.length < MAX_CHAIN) {
    const next = [...(edges.get(at)?.values() ?? [])].filter((o) => !visited.has(o.qid)).sort((a, b) => (a.rel === b.rel ? Number(a.qid.slice(1)) - Number(b.qid.slice(1)) : a.rel === 'P127' ? -1 : 1))[0];
    if (!next) break;
    chain.push(next);
    visited.add(next.qid);
    at = next.qid;
  }
  return chain;
}

function outletFrom(item: Item, chain: Owner[], domain: string): Outlet {
  let ownership: Ownership = ownershipOf(new Set(item.types)) === 'nonprofit' ? 'nonprofit' : 'unknown';
  let decidedBy: Owner | null = null;
  for (const o of chain) {
    const kind = ownershipOf(o.types);
    if (kind) {
      ownership = kind;
      decidedBy = o;
      if (kind === 'state' || kind === 'party') break;
    }
  }
  const country = item.countries[0] ?? null;
  const citations: Citation[] = [
    {
      url: itemUrl(item.qid),
      title: `Wikidata: ${item.label} (${item.qid})`,
      facts: ['name', 'domains', ...(country ? (['country'] as const) : []), ...(item.languages.length ? (['languages'] as const) : []), ...(kindOf(item.types) ? (['kind'] as const) : [])],
      says: `Wikidata item with official website ${domain}${country ? `, country ${country}` : ''}${item.languages.length ? `, language of work ${item.languages.join(', ')}` : ''}.`,
    },
    ...chain.map((o, i): Citation => ({
      url: itemUrl(o.qid),
      title: `Wikidata: ${o.label} (${o.qid})`,
      facts: o === decidedBy ? ['owners', 'ownership', ...(ownership === 'state' ? (['stateAffiliated'] as const) : [])] : ['owners'],
      says: `${i === 0 ? item.label : chain[i - 1].label} ${o.rel === 'P127' ? 'is owned by' : 'has as parent organisation'} ${o.label}.`,
    })),
  ];
  return {
    id: `wikidata-${item.qid}`,
    name: item.label === item.qid ? domain : item.label,
    domains: [domain],
    country,
    ...(kindOf(item.types) ? { kind: kindOf(item.types) } : {}),
    ownership,
    // Wikidata can show state ownership; it never says an outlet is independent of a state.
    stateAffiliated: ownership === 'state' ? true : null,
    ...(ownership === 'state' && (decidedBy?.country ?? country) ? { state: (decidedBy?.country ?? country) as string } : {}),
    owners: chain.map((o) => o.label),
    languages: item.languages,
    citations,
  };
}

/**
 * Outlet facts from Wikidata for a page's domain: the item whose official website (P856) is the
 * domain, its country, languages, kind and owner chain. Sends only the domain name (as website
 * addresses) and, for the chain, the item's Q-id. null when Wikidata has no such item.
 */
export async function lookupOutlet(pageUrl: string, ctx: LiveContext, counter: RequestCounter, base: string): Promise<Outlet | null> {
  const host = hostOf(pageUrl);
  const domain = registrableDomain(pageUrl);
  if (!host || !domain) throw new LiveError('refused', 'the page has no public domain name to look up');
  const hosts = [...new Set([domain, host.replace(/^www\./, '')])];
  // "Not in Wikidata" is kept for a day only: items get created.
  const { outlet } = await cachedAnswer(ctx, counter, `wikidata:${domain}`, (v: { outlet: Outlet | null }) => (v.outlet ? CACHE_MS : CACHE_MS / 7), async () => {
    const item = items(await sparql(itemByWebsiteQuery(hosts), ctx, counter, base))[0];
    return { outlet: item ? outletFrom(item, ownerChain(item.qid, await sparql(ownershipQuery(item.qid), ctx, counter, base)), domain) : null };
  });
  return outlet;
}
