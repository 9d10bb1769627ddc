/**
 * The Alliance for Securing Democracy's state media matrix (CSV; seeded from the State Media Monitor)
 * → outlet records. Pure: the caller reads the file and writes the result.
 *
 * How a row's typology becomes ownership and state affiliation (the matrix has no ownership column, so
 * the typology is all we have, and where it does not settle a fact we say "unknown"):
 *
 * | code | State Media Monitor meaning                                   | ownership | stateAffiliated |
 * |------|---------------------------------------------------------------|-----------|-----------------|
 * | SC   | state-controlled: state funded, state managed, state editorial | state     | true            |
 * | CaPu | captured public/state-managed media                            | unknown   | true            |
 * | CaPr | captured private media                                         | unknown   | true            |
 * | ISFM | independent, though state-funded and state-owned/managed       | state     | false           |
 * | ISM  | independent, though state-managed (majority state-owned)       | state     | false           |
 * | ISF  | independent, though state-funded                               | public    | false           |
 * | IP   | independent public media                                       | public    | false           |
 * | X?   | the matrix marks its own classification as doubtful            | unknown   | null            |
 *
 * THE RULE (one rule for imports and hand records alike): "state-affiliated" means the state steers
 * what the outlet publishes — its editorial line is controlled by a government. It does not mean
 * "owned or funded by the state". The State Media Monitor typology (https://statemediamonitor.com/typology/)
 * classes state and public media on three separate factors — funding, ownership/governance and
 * editorial autonomy — and puts at one end state-controlled outlets built and used as propaganda
 * channels and at the other independent public service media; its yearly findings count SC, CaPu and
 * CaPr together as "captured or controlled" and the four independent codes as the outlets with
 * editorial independence (https://statemediamonitor.com/2025/10/state-media-monitor-global-findings-2025/,
 * seen via a copy of its feed). So SC/CaPu/CaPr → state-affiliated; ISFM/ISF/ISM/IP → not, however the
 * outlet is owned or funded. This is also the line platforms' "state-affiliated media" labels draw:
 * publicly funded media that keep editorial freedom, such as the BBC or CBC, are not labelled state
 * media (https://mediamanipulation.org/definitions/state-controlled-media).
 *
 * Ownership is a separate fact: "state" when the state owns it (a government agency, a state company
 * or holding), even if it is editorially independent (VOA, EFE, France 24); "public" for a public-law
 * or public-service body funded by the public and held in trust rather than owned by the government
 * (BBC, DW). ISFM describes independent outlets "owned and funded by the state"
 * (https://statemediamonitor.com/2025/07/islands-of-independence-public-broadcasters-resisting-capture-in-asia/,
 * seen via a copy of its feed) and ISM outlets majority owned by the government
 * (https://mpmonitor.org/?p=1976), hence "state"; ISF and IP say only that the money is public,
 * hence "public".
 *
 * Why CaPu/CaPr say "unknown" ownership: the matrix files public broadcasters (RAI, SABC, RTVS),
 * state companies (Gazprom Media) and private groups (Demirören, Independent Media SA, KESMA) under
 * both codes, so the code alone does not tell who owns the outlet; what it does say is that the state
 * controls the editorial line, hence state-affiliated.
 * Records written by hand follow the same rule; they may differ from the matrix only where a newer
 * State Media Monitor assessment or other cited source gives the outlet another code (they win over
 * this import, and their notes say why).
 */
import { parse as parseHost } from 'tldts';
import type { Citation, Outlet, OutletFact, Ownership } from './outlet.ts';
import { countryCode, countryName } from './countries.ts';
import { foldName, nameFitsHost, slug } from './names.ts';

export const MATRIX_SOURCE_URL = 'https://github.com/ASD-at-GMF/state-media-profiles';
export const TYPOLOGY_URL = 'https://statemediamonitor.com/typology/';

export const TYPOLOGY: Record<string, { meaning: string; ownership: Ownership; stateAffiliated: boolean }> = {
  SC: { meaning: 'state-controlled media (funded, managed and editorially controlled by the state)', ownership: 'state', stateAffiliated: true },
  CaPu: { meaning: 'captured public/state-managed media (editorial line controlled by the state)', ownership: 'unknown', stateAffiliated: true },
  CaPr: { meaning: 'captured private media (editorial line controlled by the state)', ownership: 'unknown', stateAffiliated: true },
  ISFM: { meaning: 'independent state-funded and state-managed media (owned and funded by the state, editorially independent)', ownership: 'state', stateAffiliated: false },
  ISF: { meaning: 'independent state-funded media (editorially independent)', ownership: 'public', stateAffiliated: false },
  ISM: { meaning: 'independent state-managed media (majority state-owned, editorially independent)', ownership: 'state', stateAffiliated: false },
  IP: { meaning: 'independent public media', ownership: 'public', stateAffiliated: false },
};

/**
 * Hosts in the matrix that are not the outlet's own news site, so claiming them would mislabel
 * every page there. Each is left out with its reason (reported by the importer).
 */
export const MATRIX_HOST_EXCLUSIONS: Record<string, string> = {
  'socar.az': "the state oil company's corporate site, not a news outlet's",
  'pdvsa.com': "the state oil company's corporate site, not a news outlet's",
  'exame.com': 'the Brazilian magazine Exame, not the Angolan title the row lists',
  'test.bbc.com': 'a test host',
  'mewatch.sg': "Mediacorp's streaming service, not a news site",
  'tv.mewatch.sg': "Mediacorp's streaming service, not a news site",
  'asamblea.gob.sv': "El Salvador's legislative assembly site, which also hosts its channels",
  'media.gov.kw': "Kuwait's Ministry of Information portal (two broadcasters share it)",
  'moi.gov.mm': "Myanmar's Ministry of Information portal (three titles share it)",
  'usac.edu.gt': "a university's main site, not its station's",
  'unal.edu.co': "a university's main site, not its station's",
  'almg.org.gt': "the Mayan Languages Academy's site, not the channel's",
};

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  const keys = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  return body.filter((r) => r.some((f) => f.trim())).map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

/** The host a matrix URL cell names, without www./wwwN.; null when there is none or it is not a site. */
export function matrixHost(cell: string): string | null {
  const text = cell.trim().split(/\s+/)[0] ?? '';
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^https?:\/\//i.test(text) ? text : `http://${text}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\d*\./, '');
  const info = parseHost(host);
  if (info.isIp || !info.domain || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  return host;
}

/** "Print media: 7 Days" → { name: "7 Days", kind: "newspaper" }. */
function assetName(raw: string): { name: string; kind?: string } {
  const m = /^(Print media|Print|Television|Radio|News agency|Online|News portals?)\s*:\s*(.+)$/i.exec(raw.trim());
  const clean = (s: string) => s.replace(/\*+$/, '').replace(/^\(|\)$/g, '').trim();
  if (!m) {
    const name = clean(raw);
    return /\bnews agency\b|\bagencia\b|\bagence\b|\bagency\b/i.test(name) ? { name, kind: 'news agency' } : { name };
  }
  const kind = { print: 'newspaper', 'print media': 'newspaper', television: 'broadcaster', radio: 'broadcaster', 'news agency': 'news agency', online: 'news site', 'news portal': 'news site', 'news portals': 'news site' }[
    m[1].toLowerCase()
  ];
  return { name: clean(m[2]), kind };
}

/** Company cell → owner name, or null when the cell does not name one owner ("A or B", "A; B"). */
function companyName(raw: string): string | null {
  const name = raw.replace(/\*+/g, '').trim();
  if (!name || /\sor\s|;/.test(name)) return null;
  return name;
}

export interface MatrixRow {
  Country: string;
  'Media company': string;
  'Main assets': string;
  URL: string;
  Typology: string;
  Status?: string;
}

export interface ImportResult {
  outlets: Outlet[];
  /** Rows or items left out, with why (for the importer's report; not shipped). */
  skipped: { what: string; why: string }[];
}

interface Group {
  host: string;
  rows: MatrixRow[];
}

/**
 * One outlet per website host. Rows sharing a host (a broadcaster's TV and radio on one site) become
 * one outlet; rows of one company in one country on different hosts become sister outlets.
 */
export function matrixOutlets(rows: readonly MatrixRow[]): ImportResult {
  const skipped: ImportResult['skipped'] = [];
  const groups = new Map<string, Group>();
  const companyCountries = new Map<string, Set<string>>();
  for (const row of rows) companyCountries.set(row['Media company'], (companyCountries.get(row['Media company']) ?? new Set()).add(row.Country));

  for (const row of rows) {
    const what = `${row.Country} / ${row['Main assets'] || row['Media company']}`;
    if (!row.Typology) {
      skipped.push({ what, why: 'no typology' });
      continue;
    }
    const host = matrixHost(row.URL);
    if (!host) {
      skipped.push({ what, why: row.URL ? `unusable URL "${row.URL}"` : 'no website in the matrix' });
      continue;
    }
    const excluded = MATRIX_HOST_EXCLUSIONS[host] ?? MATRIX_HOST_EXCLUSIONS[parseHost(host).domain ?? ''];
    if (excluded) {
      skipped.push({ what, why: `${host}: ${excluded}` });
      continue;
    }
    const group = groups.get(host);
    if (group) group.rows.push(row);
    else groups.set(host, { host, rows: [row] });
  }

  // A row on a subdomain of another row's host of the same company is the same site (news.ifeng.com
  // under ifeng.com): fold it in rather than make a second outlet of the same name.
  for (const group of [...groups.values()]) {
    const parent = [...groups.values()].find(
      (g) => g !== group && group.host.endsWith(`.${g.host}`) && g.rows.some((r) => group.rows.some((q) => q['Media company'] === r['Media company'])),
    );
    if (parent) {
      parent.rows.push(...group.rows);
      groups.delete(group.host);
    }
  }

  const outlets: Outlet[] = [];
  const ids = new Set<string>();
  const byCompany = new Map<string, Outlet[]>();
  for (const { host, rows: members } of groups.values()) {
    const first = members[0];
    const companies = [...new Set(members.map((r) => r['Media company']))];
    // "Global Times" and "Global Times (English)" are one title.
    const title = (r: MatrixRow) => assetName(r['Main assets'] || r['Media company']).name.replace(/\s*\([^)]*\)?$/, '').trim() || assetName(r['Main assets'] || r['Media company']).name;
    const assets = [...new Set(members.map(title))];
    // The site's own rows (not those of subdomains folded in) name it: their one title; else, when
    // several titles share the site, the company if its name fits the host (belta.by is BelTA's), else
    // the one title that fits the host, else the company, else the first title.
    const own = [...new Set(members.filter((r) => matrixHost(r.URL) === host).map(title))];
    const registrable = parseHost(host).domain!;
    const company = companies.length === 1 ? companyName(companies[0]) : null;
    const fitting = own.filter((a) => nameFitsHost(a, host, registrable));
    const name =
      own.length === 1
        ? own[0]
        : company && nameFitsHost(company, host, registrable)
          ? company
          : fitting.length === 1
            ? fitting[0]
            : (company ?? own[0]);
    const kinds = [...new Set(members.map((r) => assetName(r['Main assets']).kind).filter(Boolean))];
    const code = countryCode(first.Country);
    const codes = [...new Set(members.map((r) => r.Typology))];
    const plain = codes.map((c) => c.replace(/\?$/, ''));
    const doubtful = codes.some((c) => c.endsWith('?'));
    const known = plain.every((c) => TYPOLOGY[c]);
    const affiliations = new Set(plain.map((c) => TYPOLOGY[c]?.stateAffiliated));
    const ownerships = new Set(plain.map((c) => TYPOLOGY[c]?.ownership));
    const stateAffiliated = !doubtful && known && affiliations.size === 1 ? [...affiliations][0]! : null;
    const ownership: Ownership = !doubtful && known && ownerships.size === 1 ? [...ownerships][0]! : 'unknown';
    let owner = companies.length === 1 ? companyName(companies[0]) : null;
    // "KCNA" run by "Korean Central News Agency (KCNA)" is one body, not an owner chain.
    const sameBody = owner && (foldName(owner) === foldName(name) || owner.includes(`(${name})`) || foldName(owner).startsWith(`${foldName(name)} `));
    if (sameBody) owner = null;
    // A company name the matrix uses in several countries ("Government press unit") is a description,
    // not one owner: qualify it so unrelated outlets are not grouped as one owner's.
    if (owner && (companyCountries.get(companies[0])?.size ?? 0) > 1) owner = `${owner} (${first.Country})`;

    const notes: string[] = [];
    if (!code) notes.push(`The matrix lists it under "${first.Country}", which is not a current country code.`);
    if (doubtful) notes.push(`The matrix marks its own classification as doubtful (${codes.join(', ')}); state affiliation left unknown.`);
    if (plain.length > 1) notes.push(`The matrix classes the titles on this site differently: ${members.map((r) => `${assetName(r['Main assets']).name} ${r.Typology}`).join('; ')}.`);
    if (members.length > 1 && assets.length > 1) notes.push(`Titles on this site per the matrix: ${assets.join(', ')}.`);
    if (members.some((r) => /not functional|expired/i.test(r.Status ?? ''))) notes.push(`Matrix status: ${members.map((r) => r.Status).filter(Boolean).join('; ')}.`);
    if (companies.length > 1) notes.push(`The matrix names several companies for this site: ${companies.map((c) => c.replace(/\*+/g, '')).join('; ')}.`);

    const facts: OutletFact[] = ['name', 'domains'];
    if (code) facts.push('country');
    if (owner) facts.push('owners');
    if (kinds.length === 1) facts.push('kind');
    const typologyFacts: OutletFact[] = ['typology'];
    if (stateAffiliated !== null) typologyFacts.push('stateAffiliated');
    if (ownership !== 'unknown') typologyFacts.push('ownership');
    const citations: Citation[] = [
      {
        url: MATRIX_SOURCE_URL,
        title: 'Alliance for Securing Democracy — state media profiles (state media matrix)',
        facts,
        says: `Lists ${members.map((r) => `"${r['Main assets'] || r['Media company']}" (company: ${r['Media company'].replace(/\*+/g, '')}; typology ${r.Typology})`).join(', ')} under ${first.Country}, website ${members[0].URL}.`,
      },
    ];
    if (known && !doubtful)
      citations.push({
        url: TYPOLOGY_URL,
        title: 'State Media Monitor — typology',
        facts: typologyFacts,
        says: plain.map((c) => `${c}: ${TYPOLOGY[c].meaning}`).join('; ') + '.',
      });

    let id = `smm-${slug(name)}-${(code ?? 'xx').toLowerCase()}`;
    for (let n = 2; ids.has(id); n++) id = `smm-${slug(name)}-${(code ?? 'xx').toLowerCase()}-${n}`;
    ids.add(id);
    const outlet: Outlet = {
      id,
      name,
      domains: [host],
      country: code,
      ...(kinds.length === 1 ? { kind: kinds[0] } : {}),
      ownership,
      stateAffiliated,
      ...(stateAffiliated && code ? { state: code } : {}),
      ...(known && !doubtful && plain.length === 1 ? { typology: plain[0] } : {}),
      owners: owner ? [owner] : [],
      languages: [],
      citations,
      ...(notes.length ? { notes: notes.join(' ') } : {}),
    };
    outlets.push(outlet);
    if (companies.length === 1 && companyName(companies[0]) && code) {
      const key = `${code}|${companyName(companies[0])}`;
      byCompany.set(key, [...(byCompany.get(key) ?? []), outlet]);
    }
  }

  // One title of one company on several sites (people.cn and people.com.cn; a broadcaster's language
  // editions on their own domains): one outlet with several domains, not sister outlets.
  for (const [key, members] of byCompany) {
    let remaining = members;
    const byName = new Map<string, Outlet[]>();
    for (const o of members) byName.set(foldName(o.name), [...(byName.get(foldName(o.name)) ?? []), o]);
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      const [keep, ...rest] = same;
      for (const o of rest) {
        keep.domains.push(...o.domains);
        keep.citations[0].says += ` ${o.citations[0].says}`;
        if (o.typology !== keep.typology || o.stateAffiliated !== keep.stateAffiliated) {
          keep.notes = `${keep.notes ? `${keep.notes} ` : ''}The matrix classes its site ${o.domains.join(', ')} as ${o.typology ?? 'unclassified'}.`;
          if (o.stateAffiliated !== keep.stateAffiliated) keep.stateAffiliated = null;
        }
        outlets.splice(outlets.indexOf(o), 1);
      }
      remaining = remaining.filter((m) => !rest.includes(m));
      byCompany.set(key, remaining);
    }
  }

  for (const [key, members] of byCompany) {
    if (members.length < 2) continue;
    const company = key.split('|')[1];
    for (const o of members) {
      o.sisters = members.filter((m) => m !== o).map((m) => m.id);
      o.citations[0].facts.push('sisters');
      o.citations[0].says += ` The matrix lists ${members.length - 1} other title${members.length > 2 ? 's' : ''} of ${company} under ${countryName(o.country!) ?? o.country} on other sites.`;
    }
  }
  return { outlets, skipped };
}
