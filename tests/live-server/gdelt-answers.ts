/**
 * GDELT DOC 2.0 artlist answers in the API's shape (PRIOR-ART.md). Headlines, outlets and
 * addresses are invented for the tests; `path` is where the page is served under /pages/.
 */
export interface GdeltFixture {
  title: string;
  domain: string;
  path: string;
  seendate: string;
  language: string;
  sourcecountry: string;
}

/** The Iraq letter story (the seed's): three reports of it, three of other stories with some of its words. */
export const IRAQ_RELATED: GdeltFixture[] = [
  { title: 'Pentagon says there is no decision to leave Iraq after draft letter confusion', domain: 'northwind-herald.com', path: '/world/2020/01/07/pentagon-iraq-letter', seendate: '20200107T031500Z', language: 'English', sourcecountry: 'United States' },
  { title: 'Esper: US troops are not leaving Iraq; military letter was a draft, says Milley', domain: 'harbourgazette.co.uk', path: '/news/esper-iraq-troops-draft-letter', seendate: '20200107T090000Z', language: 'English', sourcecountry: 'United Kingdom' },
  { title: 'El Pentágono niega la retirada de Irak tras la carta militar', domain: 'diariolacosta.es', path: '/internacional/pentagono-irak-carta', seendate: '20200107T120000Z', language: 'Spanish', sourcecountry: 'Spain' },
];

export const IRAQ_UNRELATED: GdeltFixture[] = [
  { title: "Iraq's oil exports rose in December, ministry figures show", domain: 'energyledger.com', path: '/markets/iraq-oil-exports-december', seendate: '20200106T140000Z', language: 'English', sourcecountry: 'United States' },
  { title: 'Pentagon budget hearing scheduled for March in Congress', domain: 'capitolbrief.com', path: '/budget/pentagon-hearing-march', seendate: '20200107T160000Z', language: 'English', sourcecountry: 'United States' },
  { title: 'Sugar harvest begins early in Matanzas province', domain: 'islanddigest.net', path: '/economy/sugar-harvest-matanzas', seendate: '20200106T100000Z', language: 'English', sourcecountry: 'Cuba' },
];

/** The small ferry story of tests/live-server/pages.ts: one report that copies most of the article. */
export const FERRY_RELATED: GdeltFixture[] = [
  { title: 'Port Elin ferry crossing halted after storm damages piers', domain: 'coastalwire.com', path: '/local/port-elin-ferry-halted', seendate: '20240312T080000Z', language: 'English', sourcecountry: 'United Kingdom' },
];

export interface GdeltItem {
  url: string;
  url_mobile: string;
  title: string;
  seendate: string;
  socialimage: string;
  domain: string;
  language: string;
  sourcecountry: string;
}

/** Real answers carry https addresses; a local mirror (`pagesOrigin` = the server) serves them itself. */
export function toItem(f: GdeltFixture, pagesOrigin: string | null): GdeltItem {
  const url = pagesOrigin ? `${pagesOrigin}/pages${f.path}` : `https://www.${f.domain}${f.path}`;
  return { url, url_mobile: '', title: f.title, seendate: f.seendate, socialimage: `https://www.${f.domain}/img/share.jpg`, domain: f.domain, language: f.language, sourcecountry: f.sourcecountry };
}

/** Hostile answer: markup, a script address, a private-network address, terminal escapes, a huge headline. */
export function hostileItems(pagesOrigin: string | null): GdeltItem[] {
  const base = IRAQ_RELATED[0];
  return [
    { ...toItem(base, pagesOrigin), title: '<script>alert("x")</script><img src=x onerror=alert(1)> Pentagon: no decision to leave Iraq, \u001b[31mletter\u001b[0m was a draft' },
    { ...toItem(IRAQ_RELATED[1], null), url: 'javascript:alert(document.cookie)//pentagon-iraq', title: 'Pentagon Iraq letter draft Esper withdrawal' },
    { ...toItem(IRAQ_RELATED[1], null), url: 'http://192.168.1.10/admin/pentagon-iraq-letter', title: 'Pentagon Iraq letter draft Esper withdrawal decision' },
    { ...toItem(IRAQ_RELATED[1], pagesOrigin), title: 'Pentagon Iraq letter ' + 'withdrawal draft Esper '.repeat(5000) },
  ];
}

/** Which fixture set a query finds, by its keywords, as a keyword index would. */
export function fixturesFor(query: string): { related: GdeltFixture[]; unrelated: GdeltFixture[] } {
  const q = query.toLowerCase();
  if (/pent[aá]gono?/.test(q) && /ira[qk]/.test(q)) return { related: IRAQ_RELATED, unrelated: IRAQ_UNRELATED };
  if (/ferry|elin/.test(q)) return { related: FERRY_RELATED, unrelated: [] };
  return { related: [], unrelated: [] };
}
