/**
 * A Wikidata Query Service answer (SPARQL 1.1 JSON results) → outlet records. Pure: the caller reads
 * the file or fetches the live answer.
 *
 * Variables read (any may be missing; multi-valued properties repeat rows, which are merged per item):
 *   ?item ?itemLabel                         the outlet (required)
 *   ?offurl or ?website                      official website, P856 (required to claim a domain)
 *   ?country ?countryLabel ?countryCode      country, P17 (code: P297 of the country)
 *   ?language ?languageLabel ?languageCode   language of work, P407 (code: P218, else P220)
 *   ?owner ?ownerLabel, ?owner2 ?owner2Label, ?owner3 ?owner3Label
 *                                            owned by, P127, and the owner's owner, two levels up
 *   ?kindLabel                               instance of, P31 (else the `kind` option)
 *   ?dissolved                               dissolved/abolished, P576
 *
 * What it will not do, to stay correct rather than complete: claim a host from a website URL that
 * points inside another site (an archive, a library catalogue, a section of another paper's site);
 * claim a host several items give as their website unless exactly one item's name matches the host;
 * claim archive and social platforms at all; give a country for a former state (Soviet Union, Ottoman
 * Empire) or for an item with several countries; infer ownership type or state affiliation, which
 * Wikidata's owner chain does not state (both stay unknown unless another source says).
 */
import { parse as parseHost } from 'tldts';
import type { Citation, Outlet, OutletFact } from './outlet.ts';
import { countryCode, COUNTRY_CODES } from './countries.ts';
import { languageCode } from './languages.ts';
import { foldName, nameFitsHost } from './names.ts';
import type { ImportResult } from './import-state-media-matrix.ts';

export interface SparqlTerm {
  type: string;
  value: string;
  'xml:lang'?: string;
}
export interface SparqlAnswer {
  head: { vars: string[] };
  results: { bindings: Record<string, SparqlTerm>[] };
}

/** Archives, libraries, catalogues and social/hosting platforms: websites there are not an outlet's own. */
export const NOT_OUTLET_SITES = new Set([
  'archive.org', 'loc.gov', 'bnf.fr', 'bm-lyon.fr', 'retronews.fr', 'google.com', 'proquest.com', 'newsbank.com', 'hathitrust.org',
  'issuu.com', 'ebscohost.com', 'epnet.com', 'oclc.org', 'natlib.govt.nz', 'nla.gov.au', 'lexis-nexis.com', 'lexisnexis.com',
  'umi.com', 'galegroup.com', 'gale.com', 'serialssolutions.com', 'crl.edu', 'pressdisplay.com', 'pressreader.com', 'europeana.eu',
  'factiva.com', 'hkbu.edu.hk', 'nsk.hr', 'uoregon.edu', 'harvard.edu', 'arizona.edu', 'dynalias.org', 'rdsinc.com',
  'facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'linkedin.com', 't.me', 'vk.com', 'ok.ru',
  'wikipedia.org', 'wikidata.org', 'wikimedia.org', 'blogspot.com', 'wordpress.com', 'tumblr.com', 'medium.com', 'substack.com',
  'wix.com', 'wixsite.com', 'weebly.com', 'jimdo.com', 'github.io', 'yola.com', 'tripod.com', 'angelfire.com', 'geocities.com',
]);

const WIKIDATA_ENTITY = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;
const LANGUAGE_SEGMENT = /^[a-z]{2,3}(?:[-_][a-z]{2,4})?$|^(?:english|french|spanish|arabic|chinese|russian|german|portuguese|urdu|hindi|tamil|bangla|bengali)$/i;

/** Host and whether the URL is the site itself (root, index page or a language edition's folder). */
export function siteOf(url: string): { host: string; site: boolean } | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '');
  const info = parseHost(host);
  if (info.isIp || !info.domain || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  const path = u.pathname.replace(/\/(?:index|default|home)\.[a-z]+$/i, '/').replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  const site = segments.length === 0 || (segments.length === 1 && LANGUAGE_SEGMENT.test(segments[0]) && !u.search);
  return { host, site };
}

interface Item {
  qid: string;
  label: string | null;
  urls: Set<string>;
  countries: Map<string, string | null>; // label or code → alpha-2 (null when not a current country)
  languages: Set<string>;
  languageLabels: Set<string>;
  chains: string[][];
  kinds: Set<string>;
  dissolved: boolean;
}

const value = (row: Record<string, SparqlTerm>, key: string) => row[key]?.value?.trim() || null;

function collect(answer: SparqlAnswer): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const row of answer.results?.bindings ?? []) {
    const qid = WIKIDATA_ENTITY.exec(value(row, 'item') ?? '')?.[1];
    if (!qid) continue;
    let item = items.get(qid);
    if (!item) {
      item = { qid, label: null, urls: new Set(), countries: new Map(), languages: new Set(), languageLabels: new Set(), chains: [], kinds: new Set(), dissolved: false };
      items.set(qid, item);
    }
    const label = value(row, 'itemLabel');
    // The label service falls back to the bare QID when an item has no label in the asked languages.
    if (label && !/^Q\d+$/.test(label)) item.label ??= label;
    const url = value(row, 'offurl') ?? value(row, 'website');
    if (url) item.urls.add(url);
    const cCode = value(row, 'countryCode');
    const cLabel = value(row, 'countryLabel');
    if (cCode || cLabel || value(row, 'country')) {
      const code = cCode && COUNTRY_CODES.has(cCode.toUpperCase()) ? cCode.toUpperCase() : countryCode(cLabel);
      item.countries.set(cLabel ?? cCode ?? value(row, 'country')!, code);
    }
    const lCode = value(row, 'languageCode');
    const lLabel = value(row, 'languageLabel');
    const lang = lCode && /^[a-z]{2,3}$/.test(lCode) ? lCode : languageCode(lLabel);
    if (lang) item.languages.add(lang);
    if (lLabel) item.languageLabels.add(lLabel);
    const chain: string[] = [];
    for (const key of ['owner', 'owner2', 'owner3']) {
      const name = value(row, `${key}Label`);
      if (!name || /^Q\d+$/.test(name)) break;
      chain.push(name);
    }
    if (chain.length) item.chains.push(chain);
    const kind = value(row, 'kindLabel');
    if (kind && !/^Q\d+$/.test(kind)) item.kinds.add(kind);
    if (value(row, 'dissolved')) item.dissolved = true;
  }
  return items;
}

/** Owner chain nearest first; cut where a name repeats (a circular chain in the data). */
function ownerChain(item: Item): { owners: string[]; note?: string } {
  if (!item.chains.length) return { owners: [] };
  const nearest = new Set(item.chains.map((c) => c[0]));
  if (nearest.size > 1) return { owners: [], note: `Wikidata names several owners: ${[...nearest].join(', ')}.` };
  const longest = item.chains.reduce((a, b) => (b.length > a.length ? b : a));
  const seen = new Set<string>([foldName(item.label ?? '')]);
  const owners: string[] = [];
  for (const name of longest) {
    if (seen.has(foldName(name))) return { owners, note: `Wikidata's owner chain loops back at ${name}; cut there.` };
    seen.add(foldName(name));
    owners.push(name);
  }
  return { owners };
}

export interface WikidataOptions {
  /** What the query asked for, used when rows carry no ?kindLabel ("newspaper"). */
  kind?: string;
  /** Date of the answer, for the citation text. */
  retrieved?: string;
}

export function wikidataOutlets(answer: SparqlAnswer, options: WikidataOptions = {}): ImportResult {
  const skipped: ImportResult['skipped'] = [];
  const items = collect(answer);

  // Which items give which host as their own site.
  const claims = new Map<string, Item[]>();
  for (const item of items.values()) {
    if (!item.label) {
      skipped.push({ what: item.qid, why: 'no label' });
      continue;
    }
    for (const url of item.urls) {
      const site = siteOf(url);
      if (!site) {
        skipped.push({ what: `${item.qid} ${item.label}`, why: `unusable website "${url}"` });
        continue;
      }
      const domain = parseHost(site.host).domain!;
      if (NOT_OUTLET_SITES.has(domain) || NOT_OUTLET_SITES.has(site.host)) {
        skipped.push({ what: `${item.qid} ${item.label}`, why: `website on an archive or platform (${site.host})` });
        continue;
      }
      if (!site.site) {
        skipped.push({ what: `${item.qid} ${item.label}`, why: `website points inside another site (${url})` });
        continue;
      }
      const list = claims.get(site.host) ?? [];
      if (!list.includes(item)) list.push(item);
      claims.set(site.host, list);
    }
  }
  const hostsOf = new Map<Item, string[]>();
  for (const [host, claimants] of claims) {
    // Keep a claim only when the item's name fits the host: Wikidata gives lemonde.fr as the website
    // of a Le Monde supplement and factiva.com for a paper archived there; a wrong claim mislabels a
    // whole site, a missing one only leaves it unknown.
    const registrable = parseHost(host).domain!;
    const fitting = claimants.filter((i) => nameFitsHost(i.label!, host, registrable));
    let owner: Item | undefined = fitting.length === 1 ? fitting[0] : undefined;
    if (!owner && fitting.length > 1) {
      // Several fitting items (a paper and its supplement, or duplicates): only the one whose name is
      // the host's name ("Le Figaro" ↔ lefigaro.fr).
      const label = (parseHost(host).domainWithoutSuffix ?? '').replace(/-/g, '').replace(/^the/, '');
      const exact = fitting.filter((i) => foldName(i.label!).replace(/\s/g, '').replace(/^the/, '') === label);
      if (exact.length === 1) owner = exact[0];
    }
    if (!owner) {
      skipped.push({
        what: host,
        why: fitting.length ? `given as website by ${claimants.length} items (${claimants.map((i) => i.qid).join(', ')})` : `name does not fit the host (${claimants.map((i) => `${i.qid} ${i.label}`).join(', ')})`,
      });
      continue;
    }
    hostsOf.set(owner, [...(hostsOf.get(owner) ?? []), host]);
  }

  const outlets: Outlet[] = [];
  for (const [item, hosts] of hostsOf) {
    // A host and its own subdomain on one item: the parent covers both.
    const domains = hosts.filter((h) => !hosts.some((p) => p !== h && h.endsWith(`.${p}`))).sort();
    const codes = [...new Set([...item.countries.values()].filter((c): c is string => !!c))];
    const country = codes.length === 1 ? codes[0] : null;
    const notes: string[] = [];
    const unplaced = [...item.countries].filter(([, c]) => !c).map(([l]) => l);
    if (codes.length > 1) notes.push(`Wikidata gives several countries (${[...item.countries.keys()].join(', ')}); country left unknown.`);
    if (unplaced.length) notes.push(`Wikidata also gives ${unplaced.join(', ')}, not a current country.`);
    const { owners, note } = ownerChain(item);
    if (note) notes.push(note);
    if (item.dissolved) notes.push('Wikidata records it as dissolved; the website may now be an archive.');
    const languages = [...item.languages].sort();
    const kind = item.kinds.size === 1 ? [...item.kinds][0] : item.kinds.size ? undefined : options.kind;
    const facts: OutletFact[] = ['name', 'domains'];
    if (country) facts.push('country');
    if (languages.length) facts.push('languages');
    if (owners.length) facts.push('owners');
    if (kind) facts.push('kind');
    // Short on purpose: thousands of these ship in the extension; the item URL carries the rest.
    const says = [
      `${item.qid} "${item.label}"`,
      kind ?? null,
      item.countries.size ? `country ${[...item.countries.keys()].join(', ')}` : null,
      item.languageLabels.size ? `language ${[...item.languageLabels].join(', ')}` : null,
      owners.length ? `owned by ${owners.join(' → ')}` : null,
      `website ${[...item.urls].join(', ')}`,
    ]
      .filter(Boolean)
      .join('; ');
    const citation: Citation = {
      url: `https://www.wikidata.org/wiki/${item.qid}`,
      facts,
      says: `Wikidata${options.retrieved ? ` (${options.retrieved})` : ''}: ${says}.`,
    };
    outlets.push({
      id: `wd-${item.qid.toLowerCase()}`,
      name: item.label!,
      domains,
      country,
      ...(kind ? { kind } : {}),
      ownership: 'unknown',
      stateAffiliated: null,
      owners,
      languages,
      citations: [citation],
      ...(notes.length ? { notes: notes.join(' ') } : {}),
    });
  }

  // Sister outlets: items with the same nearest owner.
  const byOwner = new Map<string, Outlet[]>();
  for (const o of outlets) if (o.owners.length) byOwner.set(o.owners[0], [...(byOwner.get(o.owners[0]) ?? []), o]);
  for (const [owner, group] of byOwner) {
    if (group.length < 2 || group.length > 200) continue;
    for (const o of group) {
      o.sisters = group.filter((g) => g !== o).map((g) => g.id);
      o.citations[0].facts.push('sisters');
      o.citations[0].says += ` ${owner} also owns ${group.length - 1} other outlet${group.length > 2 ? 's' : ''} here (per their items).`;
    }
  }
  outlets.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { outlets, skipped };
}

/**
 * The query the importer runs against the live service: newspapers, news agencies and online
 * newspapers with an official website, their
 * country and language (with ISO codes), kind, dissolution, and owner chain up to three levels.
 */
export const WIKIDATA_QUERY = `SELECT ?item ?itemLabel ?kindLabel ?country ?countryLabel ?countryCode ?language ?languageLabel ?languageCode
       ?owner ?ownerLabel ?owner2 ?owner2Label ?owner3 ?owner3Label ?offurl ?dissolved WHERE {
  VALUES ?kind { wd:Q11032 wd:Q192283 wd:Q1153191 }
  ?item wdt:P31 ?kind ; wdt:P856 ?offurl .
  OPTIONAL { ?item wdt:P17 ?country . OPTIONAL { ?country wdt:P297 ?countryCode } }
  OPTIONAL { ?item wdt:P407 ?language . OPTIONAL { ?language wdt:P218 ?languageCode } }
  OPTIONAL { ?item wdt:P127 ?owner . OPTIONAL { ?owner wdt:P127 ?owner2 . OPTIONAL { ?owner2 wdt:P127 ?owner3 } } }
  OPTIONAL { ?item wdt:P576 ?dissolved }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en" }
}`;
