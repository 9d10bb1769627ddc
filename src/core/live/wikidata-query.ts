/** SPARQL text for the Wikidata Query Service. Only a checked host name and Q-ids are interpolated. */

const LABELS = 'SERVICE wikibase:label { bd:serviceParam wikibase:language "en,mul,es,fr,pt". }';

/** Official website (P856) is stored as typed: http or https, with or without www., with or without the slash. */
export function websiteVariants(host: string): string[] {
  if (!/^[a-z0-9.-]+$/.test(host)) throw new Error(`not a host name: ${host}`);
  const bare = host.replace(/^www\./, '');
  const out: string[] = [];
  for (const scheme of ['https', 'http']) for (const h of [bare, `www.${bare}`]) for (const end of ['', '/']) out.push(`${scheme}://${h}${end}`);
  return out;
}

/** The item(s) whose official website is one of these, with country (ISO via P297), languages (ISO via P218), types. */
export function itemByWebsiteQuery(hosts: string[]): string {
  const sites = [...new Set(hosts.flatMap(websiteVariants))].map((u) => `<${u}>`).join(' ');
  return `SELECT ?item ?itemLabel ?countryCode ?langCode ?type WHERE {
  VALUES ?site { ${sites} }
  ?item wdt:P856 ?site .
  OPTIONAL { ?item wdt:P17 ?country . ?country wdt:P297 ?countryCode . }
  OPTIONAL { ?item wdt:P407 ?lang . ?lang wdt:P218 ?langCode . }
  OPTIONAL { ?item wdt:P31 ?type . }
  ${LABELS}
} LIMIT 300`;
}

/** Every owned-by (P127) and parent-organisation (P749) edge reachable from the item, with what each owner is. */
export function ownershipQuery(qid: string): string {
  if (!/^Q\d+$/.test(qid)) throw new Error(`not a Wikidata item id: ${qid}`);
  return `SELECT ?from ?to ?toLabel ?rel ?toType ?toCountryCode WHERE {
  VALUES ?start { wd:${qid} }
  ?start (wdt:P127|wdt:P749)* ?from .
  { ?from wdt:P127 ?to . BIND("P127" AS ?rel) } UNION { ?from wdt:P749 ?to . BIND("P749" AS ?rel) }
  OPTIONAL { ?to wdt:P31 ?toType . }
  OPTIONAL { ?to wdt:P17 ?toCountry . ?toCountry wdt:P297 ?toCountryCode . }
  ${LABELS}
} LIMIT 300`;
}
