/**
 * Wikidata Query Service answers (SPARQL 1.1 JSON results) for invented outlets. The server reads
 * the website IRIs and Q-ids out of the query text, as the real service would match them.
 */
const E = 'http://www.wikidata.org/entity/';

interface Entity {
  label: string;
  websites?: string[];
  country?: string;
  languages?: string[];
  types?: string[];
  ownedBy?: string[];
  parent?: string[];
}

export const ENTITIES: Record<string, Entity> = {
  // A private paper with a two-step owner chain (owned-by, then parent organisation) and a cycle back.
  Q98765001: { label: 'Port Elin Courier', websites: ['https://www.porteliner.com/'], country: 'GB', languages: ['en'], types: ['Q11032'], ownedBy: ['Q98765002'] },
  Q98765002: { label: 'Elin Media Group', types: ['Q4830453'], country: 'GB', parent: ['Q98765003'] },
  Q98765003: { label: 'Harbour Holdings Trust', types: ['Q4830453'], country: 'GB', ownedBy: ['Q98765001'] },
  // A broadcaster owned by a ministry: state ownership read from what the owner is.
  Q98765010: { label: 'Radio Meridiana', websites: ['http://radiomeridiana.com.ve'], country: 'VE', languages: ['es', 'en'], types: ['Q14350'], ownedBy: ['Q98765011'] },
  Q98765011: { label: 'Ministerio de Comunicación (ejemplo)', types: ['Q192350'], country: 'VE', parent: ['Q98765012'] },
  Q98765012: { label: 'Gobierno (ejemplo)', types: ['Q7188'], country: 'VE' },
  // Hostile label: markup and escapes must arrive as plain text.
  Q98765020: { label: '<img src=x onerror=alert(1)>\u001b[2J Evil Gazette', websites: ['https://evilgazette.com'], country: 'US', types: ['Q11032'] },
};

type Binding = Record<string, { type: string; value: string; 'xml:lang'?: string }>;
const uri = (q: string) => ({ type: 'uri', value: E + q });
const lit = (v: string) => ({ type: 'literal', value: v });
const label = (q: string) => ({ type: 'literal', value: ENTITIES[q]?.label ?? q, 'xml:lang': 'en' });

/** ISO codes as the service returns them through P297 / P218. */
function itemRows(q: string): Binding[] {
  const e = ENTITIES[q];
  const rows: Binding[] = [];
  for (const lang of e.languages?.length ? e.languages : [null])
    for (const type of e.types?.length ? e.types : [null]) {
      const row: Binding = { item: uri(q), itemLabel: label(q) };
      if (e.country) row.countryCode = lit(e.country);
      if (lang) row.langCode = lit(lang);
      if (type) row.type = uri(type);
      rows.push(row);
    }
  return rows;
}

function edgeRows(start: string): Binding[] {
  const rows: Binding[] = [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const from = queue.shift()!;
    if (seen.has(from)) continue;
    seen.add(from);
    const e = ENTITIES[from];
    for (const [rel, list] of [['P127', e?.ownedBy ?? []], ['P749', e?.parent ?? []]] as const)
      for (const to of list) {
        const t = ENTITIES[to];
        for (const type of t?.types?.length ? t.types : [null]) {
          const row: Binding = { from: uri(from), to: uri(to), toLabel: label(to), rel: lit(rel) };
          if (type) row.toType = uri(type);
          if (t?.country) row.toCountryCode = lit(t.country);
          rows.push(row);
        }
        queue.push(to);
      }
  }
  return rows;
}

/** The answer to a query: items by website, or the ownership edges of an item. */
export function sparqlAnswer(query: string): { head: { vars: string[] }; results: { bindings: Binding[] } } {
  if (/wdt:P856/.test(query)) {
    const sites = [...query.matchAll(/<(https?:\/\/[^>]+)>/g)].map((m) => m[1]);
    const hits = Object.keys(ENTITIES).filter((q) => ENTITIES[q].websites?.some((w) => sites.includes(w)));
    return { head: { vars: ['item', 'itemLabel', 'countryCode', 'langCode', 'type'] }, results: { bindings: hits.flatMap(itemRows) } };
  }
  const start = query.match(/VALUES \?start \{ wd:(Q\d+) \}/)?.[1];
  return { head: { vars: ['from', 'to', 'toLabel', 'rel', 'toType', 'toCountryCode'] }, results: { bindings: start ? edgeRows(start) : [] } };
}
