/**
 * Pages written for these tests: coverage pages the server serves under /pages/, and small
 * article pages used as input. The quoted words of the Iraq story are the speakers' public
 * statements (as in the seed); every other sentence is written here.
 */
interface Meta {
  title: string;
  site: string;
  published: string;
  lang: string;
}

export function articlePage(meta: Meta, paragraphs: string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="${meta.lang}"><head><meta charset="utf-8"><title>${esc(meta.title)} | ${esc(meta.site)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(meta.title)}"><meta property="og:site_name" content="${esc(meta.site)}">
<meta property="article:published_time" content="${meta.published}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>${esc(meta.title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>© ${esc(meta.site)}</p></footer><script>document.title = 'changed by a script';</script></body></html>`;
}

const FERRY_SHARED = [
  'The harbour authority said the storm on Monday night tore two mooring lines loose and cracked the concrete deck of the north pier, where the ferry to Kessock Island normally berths.',
  'Engineers from the county council began inspecting the piers on Tuesday morning and expect to report within a week, according to a statement published by the authority.',
  '"We will not reopen the crossing until every pier has been inspected and made safe," harbour master Mara Quill told reporters at the ferry terminal.',
  'About 400 islanders use the crossing each day, and the island school has moved lessons online until the service resumes, the council said.',
];

/** Input: a small local article on a domain the packs do not know (Wikidata does, in the test server). */
export const FERRY_URL = 'https://www.porteliner.com/news/2024/03/12/ferry-halt';
export const FERRY_ARTICLE = articlePage({ title: 'Port Elin ferry halted as storm damages piers', site: 'Port Elin Courier', published: '2024-03-12T07:30:00Z', lang: 'en' }, [
  'PORT ELIN — The ferry crossing between Port Elin and Kessock Island was suspended on Tuesday after a storm damaged both piers, leaving islanders without their daily link to the mainland.',
  ...FERRY_SHARED,
  'Local shops on the island said deliveries of fresh food would be brought in by a fishing boat chartered by the council for the rest of the week.',
]);

/** Input: the same small article as plain text, for the CLI's .txt path. */
export const FERRY_TEXT = ['Port Elin ferry halted as storm damages piers', ...FERRY_SHARED].join('\n\n');

/** Input: a Spanish article about the Iraq letter story, for the cross-lingual queries. */
export const SPANISH_URL = 'https://www.ejemplo-noticias.com/mundo/pentagono-irak';
export const SPANISH_ARTICLE = articlePage({ title: 'El Pentágono niega que Estados Unidos vaya a retirar sus tropas de Irak', site: 'Ejemplo Noticias', published: '2020-01-07T10:00:00Z', lang: 'es' }, [
  'WASHINGTON — El secretario de Defensa de Estados Unidos, Mark Esper, aseguró este lunes que no existe ninguna decisión de retirar las tropas de Irak, después de que se difundiera una carta militar sobre una posible retirada.',
  'El jefe del Estado Mayor Conjunto, el general Mark Milley, explicó a los periodistas en el Pentágono que la carta era un borrador mal redactado que nunca debió enviarse a las autoridades iraquíes.',
  'La carta, firmada por un general de la coalición, hablaba de preparativos para el movimiento de fuerzas en Bagdad durante los próximos días, según la prensa estadounidense.',
]);

/** Coverage pages by path (under /pages). */
export const PAGES: Record<string, string> = {
  '/world/2020/01/07/pentagon-iraq-letter': articlePage({ title: 'Pentagon says there is no decision to leave Iraq after draft letter confusion', site: 'Northwind Herald', published: '2020-01-07T02:40:00Z', lang: 'en' }, [
    'WASHINGTON — The Pentagon\'s leadership spent Monday evening explaining away a letter that appeared to announce the departure of American forces from Iraq.',
    '"There\'s been no decision whatsoever to leave Iraq," Defense Secretary Mark Esper said at the Pentagon, adding that no plans had been issued to prepare for a departure.',
    'General Mark Milley, the chairman of the Joint Chiefs of Staff, described the document as a draft that should never have been sent. "Poorly worded, implies withdrawal. That\'s not what\'s happening," Milley said.',
    'Iraqi officials had received the unsigned letter earlier in the day, and its contents spread quickly among reporters covering the aftermath of the strike in Baghdad.',
  ]),
  '/news/esper-iraq-troops-draft-letter': articlePage({ title: 'Esper: US troops are not leaving Iraq; military letter was a draft, says Milley', site: 'Harbour Gazette', published: '2020-01-07T08:55:00Z', lang: 'en' }, [
    'LONDON — American officials moved on Monday to contain the fallout from a letter that suggested troops would leave Iraq within days.',
    'Milley told journalists that the letter was "poorly worded, and it implies a withdrawal, which is not what is happening," and that it had gone out before anyone senior had reviewed it.',
    'The defence secretary repeated that the coalition remained committed to the campaign against the Islamic State group, and that the forces in the country were staying for now.',
  ]),
  '/internacional/pentagono-irak-carta': articlePage({ title: 'El Pentágono niega la retirada de Irak tras la carta militar', site: 'Diario La Costa', published: '2020-01-07T11:30:00Z', lang: 'es' }, [
    'WASHINGTON — El Pentágono negó el lunes que exista un plan para retirar a las fuerzas estadounidenses de Irak, horas después de que se conociera una carta militar sobre la retirada.',
    'El general Mark Milley afirmó ante los periodistas que el documento era un borrador y que su envío había sido un error de los mandos en la región, según la versión del Pentágono.',
  ]),
  '/local/port-elin-ferry-halted': articlePage({ title: 'Port Elin ferry crossing halted after storm damages piers', site: 'Coastal Wire', published: '2024-03-12T09:10:00Z', lang: 'en' }, [
    'Islanders on Kessock face days without a ferry after Monday night\'s storm, the regional wire reports.',
    ...FERRY_SHARED,
  ]),
};
