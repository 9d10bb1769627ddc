import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { matrixOutlets, parseCsv, matrixHost, TYPOLOGY, type MatrixRow } from '../../src/core/outlets/import-state-media-matrix.ts';
import { wikidataOutlets, siteOf, NOT_OUTLET_SITES, type SparqlAnswer } from '../../src/core/outlets/import-wikidata.ts';
import { mergeOutletSources } from '../../src/core/outlets/merge-sources.ts';
import { countryCode } from '../../src/core/outlets/countries.ts';
import { languageCode } from '../../src/core/outlets/languages.ts';
import { nameFitsHost } from '../../src/core/outlets/names.ts';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import type { Outlet } from '../../src/core/outlets/outlet.ts';

// The real sources, read where they live (never copied into the repository).
const CORPUS = new URL('../../../shared/corpora/outlets/', import.meta.url).pathname;
const matrixRows = () => parseCsv(readFileSync(`${CORPUS}state-media-matrix.csv`, 'utf8')) as unknown as MatrixRow[];
const wikidataAnswer = () => JSON.parse(readFileSync(`${CORPUS}wikidata-newspapers-2023.json`, 'utf8')) as SparqlAnswer;
const HEADER = { format: 1, id: 't', title: 'T', version: '1', publisher: 'T', license: 'CC0', homepage: 'https://example.org/', created: '2026-01-01' };
const byDomain = (outlets: Outlet[], d: string) => outlets.find((o) => o.domains.includes(d));

describe('mapping tables', () => {
  it('maps the country names the sources use, and refuses former states', () => {
    expect(['UAE', 'DR Congo', 'Republic of Ireland', 'Russia', 'Turkey', "People's Republic of China", 'Côte d’Ivoire', 'Kosovo', 'Northern Ireland'].map(countryCode)).toEqual(['AE', 'CD', 'IE', 'RU', 'TR', 'CN', 'CI', 'XK', 'GB']);
    expect(['Soviet Union', 'Ottoman Empire', 'Yugoslavia', 'European Union', 'Europen Union', '', null].map(countryCode)).toEqual([null, null, null, null, null, null, null]);
  });
  it('folds language variants and refuses non-languages', () => {
    expect(['American English', 'Simplified Chinese', 'Bokmål', 'Brazilian Portuguese', 'Odia'].map(languageCode)).toEqual(['en', 'zh', 'nb', 'pt', 'or']);
    expect(['multiple languages', 'Spanglish', 'Hyderabad'].map(languageCode)).toEqual([null, null, null]);
  });
  it('tells whether a name fits a host', () => {
    expect(nameFitsHost('Neue Zürcher Zeitung', 'nzz.ch', 'nzz.ch')).toBe(true);
    expect(nameFitsHost('The Times of India', 'timesofindia.indiatimes.com', 'indiatimes.com')).toBe(true);
    expect(nameFitsHost('The Everett Herald', 'heraldnet.com', 'heraldnet.com')).toBe(true);
    expect(nameFitsHost('Le Mensuel', 'lemonde.fr', 'lemonde.fr')).toBe(false);
    expect(nameFitsHost('The Olympian', 'global.factiva.com', 'factiva.com')).toBe(false);
  });
});

describe('state media matrix import', () => {
  it('parses quoted CSV fields', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""",z\r\n\n1,2,3')).toEqual([
      { a: 'x, y', b: 'say "hi"', c: 'z' },
      { a: '1', b: '2', c: '3' },
    ]);
    expect(matrixHost('www.SouthSudanTV.net')).toBe('southsudantv.net');
    expect(matrixHost('https://www3.nhk.or.jp/')).toBe('nhk.or.jp');
    expect(matrixHost('http://127.0.0.1/')).toBeNull();
    expect(matrixHost('')).toBeNull();
  });
  const { outlets, skipped } = matrixOutlets(matrixRows());
  it('covers the matrix: an outlet for each site, over 150 countries, every record valid and cited', () => {
    expect(outlets.length).toBeGreaterThan(800);
    expect(new Set(outlets.map((o) => o.country)).size).toBeGreaterThan(150);
    expect(skipped.filter((s) => s.why === 'no website in the matrix').length).toBeGreaterThan(50);
    expect(validatePack({ ...HEADER, outlets })).toEqual([]);
  });
  it('maps each typology by the documented rule', () => {
    const kcna = byDomain(outlets, 'kcna.kp')!;
    expect([kcna.country, kcna.ownership, kcna.stateAffiliated, kcna.state, kcna.typology]).toEqual(['KP', 'state', true, 'KP', 'SC']);
    const nrk = byDomain(outlets, 'nrk.no')!;
    expect([nrk.ownership, nrk.stateAffiliated, nrk.typology, nrk.state]).toEqual(['state', false, 'ISM', undefined]);
    const hurriyet = byDomain(outlets, 'hurriyet.com.tr')!;
    expect([hurriyet.ownership, hurriyet.stateAffiliated, hurriyet.typology, hurriyet.owners]).toEqual(['unknown', true, 'CaPr', ['Demiroren Group']]);
    const svt = byDomain(outlets, 'svt.se')!;
    expect([svt.ownership, svt.stateAffiliated, svt.typology]).toEqual(['public', false, 'IP']);
    expect(svt.citations.some((c) => c.url === 'https://statemediamonitor.com/typology/' && c.facts.includes('typology'))).toBe(true);
  });
  it('marks state-affiliated exactly the codes whose editorial line the state controls', () => {
    // The rule: state-affiliated = editorially controlled by a government (SC, CaPu, CaPr), not merely
    // state-owned or state-funded (ISFM, ISM, ISF, IP); ownership is a separate fact.
    expect(Object.fromEntries(Object.entries(TYPOLOGY).map(([code, t]) => [code, t.stateAffiliated]))).toEqual({
      SC: true,
      CaPu: true,
      CaPr: true,
      ISFM: false,
      ISF: false,
      ISM: false,
      IP: false,
    });
    expect(Object.fromEntries(Object.entries(TYPOLOGY).map(([code, t]) => [code, t.ownership]))).toEqual({
      SC: 'state',
      CaPu: 'unknown',
      CaPr: 'unknown',
      ISFM: 'state',
      ISF: 'public',
      ISM: 'state',
      IP: 'public',
    });
    // Editorially independent but owned and funded by the state (ISFM): state-owned, not state-affiliated.
    const voa = byDomain(outlets, 'voanews.com')!;
    expect([voa.ownership, voa.stateAffiliated, voa.typology, voa.state]).toEqual(['state', false, 'ISFM', undefined]);
    for (const o of outlets) if (o.typology) expect(o.stateAffiliated, o.id).toBe(TYPOLOGY[o.typology].stateAffiliated);
  });
  it('leaves unknown what the matrix doubts or contradicts', () => {
    // RFE/RL's Svoboda is marked "ISFM?" in the matrix.
    const svoboda = byDomain(outlets, 'svoboda.org')!;
    expect([svoboda.stateAffiliated, svoboda.ownership, svoboda.typology]).toEqual([null, 'unknown', undefined]);
    // rtv.rs: RTV1 is CaPr, Radio Novi Sad ISFM, on one site.
    const rtv = byDomain(outlets, 'rtv.rs')!;
    expect(rtv.stateAffiliated).toBeNull();
    expect(rtv.notes).toMatch(/classes the titles on this site differently/);
  });
  it('makes one outlet of one title on several sites, and sisters of one company’s titles', () => {
    const pd = byDomain(outlets, 'people.com.cn')!;
    expect(pd.name).toBe("People's Daily");
    expect(pd.domains).toContain('people.cn');
    const gt = byDomain(outlets, 'globaltimes.cn')!;
    expect(gt.name).toBe('Global Times');
    expect(gt.sisters).toContain(pd.id);
    expect(pd.sisters).toContain(gt.id);
  });
  it('qualifies a company name used in several countries, so unrelated outlets do not share an owner', () => {
    const generic = outlets.filter((o) => o.owners.some((n) => n.startsWith('Government press unit')));
    expect(generic.length).toBeGreaterThan(1);
    for (const o of generic) expect(o.owners[0]).toMatch(/^Government press unit \(.+\)$/);
  });
});

describe('Wikidata import', () => {
  const row = (qid: string, label: string, extra: Record<string, string> = {}) => ({
    item: { type: 'uri', value: `http://www.wikidata.org/entity/${qid}` },
    itemLabel: { type: 'literal', value: label },
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, { type: k.endsWith('Label') || k.endsWith('Code') ? 'literal' : 'uri', value: v }])),
  });
  const answer = (bindings: ReturnType<typeof row>[]): SparqlAnswer => ({ head: { vars: [] }, results: { bindings } });

  it('merges repeated rows of an item and reads owner chains, codes and labels', () => {
    const { outlets } = wikidataOutlets(
      answer([
        row('Q1', 'Alpha Tribune', { offurl: 'https://www.alphatribune.example/', countryLabel: 'Norway', languageLabel: 'Norwegian', ownerLabel: 'Alpha Media', owner2Label: 'Beta Holding' }),
        row('Q1', 'Alpha Tribune', { offurl: 'https://www.alphatribune.example/', countryLabel: 'Norway', languageCode: 'en', ownerLabel: 'Alpha Media', owner2Label: 'Beta Holding' }),
        row('Q2', 'Gamma Post', { offurl: 'http://gammapost.example/en/', countryCode: 'SE', countryLabel: 'Sverige', ownerLabel: 'Alpha Media' }),
      ]),
      { kind: 'newspaper' },
    );
    expect(outlets.map((o) => [o.id, o.name, o.domains, o.country, o.languages, o.owners, o.ownership, o.stateAffiliated])).toEqual([
      ['wd-q1', 'Alpha Tribune', ['alphatribune.example'], 'NO', ['en', 'no'], ['Alpha Media', 'Beta Holding'], 'unknown', null],
      ['wd-q2', 'Gamma Post', ['gammapost.example'], 'SE', [], ['Alpha Media'], 'unknown', null],
    ]);
    expect(outlets[0].sisters).toEqual(['wd-q2']);
    expect(outlets[0].citations[0]).toMatchObject({ url: 'https://www.wikidata.org/wiki/Q1' });
    expect(validatePack({ ...HEADER, outlets })).toEqual([]);
  });
  it('cuts a circular owner chain and refuses several owners or several countries', () => {
    const { outlets } = wikidataOutlets(
      answer([
        row('Q1', 'Loop News', { offurl: 'https://loopnews.example/', ownerLabel: 'Loop Corp', owner2Label: 'Loop Holding', owner3Label: 'Loop Corp' }),
        row('Q2', 'Twin Times', { offurl: 'https://twintimes.example/', ownerLabel: 'A Corp', countryLabel: 'France' }),
        row('Q2', 'Twin Times', { offurl: 'https://twintimes.example/', ownerLabel: 'B Corp', countryLabel: 'Belgium' }),
        row('Q3', 'Old Gazette', { offurl: 'https://oldgazette.example/', countryLabel: 'Soviet Union' }),
      ]),
    );
    const [loop, twin, old] = outlets;
    expect(loop.owners).toEqual(['Loop Corp', 'Loop Holding']);
    expect(loop.notes).toMatch(/loops back/);
    expect([twin.owners, twin.country]).toEqual([[], null]);
    expect(twin.notes).toMatch(/several owners/);
    expect(old.country).toBeNull();
    expect(validatePack({ ...HEADER, outlets })).toEqual([]);
  });
  it('claims no archive, platform, page inside another site, unnamed item, or host a name does not fit', () => {
    const { outlets, skipped } = wikidataOutlets(
      answer([
        row('Q1', 'Archived Courier', { offurl: 'https://web.archive.org/web/2001/http://courier.example/' }),
        row('Q2', 'Section Weekly', { offurl: 'https://www.bignews.example/section-weekly/' }),
        row('Q3', 'Q3'),
        row('Q4', 'Le Mensuel', { offurl: 'https://www.lemonde.fr/' }),
        row('Q5', 'Daily NK', { offurl: 'http://www.dailynk.com/chinese/' }),
      ]),
    );
    expect(outlets.map((o) => [o.name, o.domains])).toEqual([['Daily NK', ['dailynk.com']]]);
    expect(skipped.map((s) => s.why.split(' (')[0])).toEqual(
      expect.arrayContaining(['website on an archive or platform', 'website points inside another site', 'no label', 'name does not fit the host']),
    );
  });
  it('reads the real 2023 export: thousands of cited outlets, none on an archive host, all valid', () => {
    const { outlets } = wikidataOutlets(wikidataAnswer(), { kind: 'newspaper' });
    expect(outlets.length).toBeGreaterThan(4000);
    expect(new Set(outlets.map((o) => o.country).filter(Boolean)).size).toBeGreaterThan(120);
    for (const o of outlets) {
      expect(o.citations[0].url).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
      for (const d of o.domains) expect(NOT_OUTLET_SITES.has(d.split('.').slice(-2).join('.'))).toBe(false);
    }
    expect(byDomain(outlets, 'lemonde.fr')).toBeUndefined();
    expect(byDomain(outlets, 'dailynk.com')?.country).toBe('KR');
    expect(validatePack({ ...HEADER, outlets })).toEqual([]);
  });
  it('knows a site URL from a page URL', () => {
    expect(siteOf('https://www.example.com/')).toEqual({ host: 'example.com', site: true });
    expect(siteOf('https://example.com/index.php')).toEqual({ host: 'example.com', site: true });
    expect(siteOf('https://example.com/en/')).toEqual({ host: 'example.com', site: true });
    expect(siteOf('https://example.com/paper/archive')).toEqual({ host: 'example.com', site: false });
    expect(siteOf('ftp://example.com/')).toBeNull();
  });
});

describe('merging sources', () => {
  const cite = (url: string, facts: Outlet['citations'][0]['facts']) => [{ url, facts }];
  const hand: Outlet = { id: 'h', name: 'Hand Post', domains: ['handpost.example'], country: 'FR', ownership: 'private', stateAffiliated: false, owners: ['H Group'], languages: ['fr'], citations: cite('https://example.org/h', ['country', 'ownership', 'stateAffiliated', 'owners', 'languages']) };
  const matrix: Outlet = { id: 'm', name: 'Hand Post TV', domains: ['handpost.example'], country: 'BE', ownership: 'state', stateAffiliated: true, state: 'BE', typology: 'SC', owners: [], languages: [], citations: cite('https://example.org/m', ['country', 'ownership', 'stateAffiliated', 'typology']) };
  const matrix2: Outlet = { id: 'm2', name: 'Radio Z', domains: ['radioz.example'], country: 'PL', ownership: 'public', stateAffiliated: false, typology: 'IP', owners: [], languages: [], citations: cite('https://example.org/m2', ['country', 'ownership', 'stateAffiliated', 'typology']) };
  const wiki: Outlet = { id: 'w', name: 'Radio Z', domains: ['radioz.example', 'radioz-en.example'], country: 'CZ', ownership: 'unknown', stateAffiliated: null, owners: ['Z Corp'], languages: ['pl', 'en'], citations: cite('https://www.wikidata.org/wiki/Q9', ['country', 'languages', 'owners', 'domains']) };

  it('keeps the hand record as it is and notes what the other source says and where they disagree', () => {
    const { outlets, absorbed } = mergeOutletSources([
      { name: 'Hand', hand: true, outlets: [structuredClone(hand)] },
      { name: 'Matrix', hand: false, outlets: [structuredClone(matrix)] },
    ]);
    expect(outlets).toHaveLength(1);
    expect(absorbed.get('m')).toBe('h');
    const [o] = outlets;
    expect([o.country, o.ownership, o.stateAffiliated, o.typology]).toEqual(['FR', 'private', false, undefined]);
    expect(o.notes).toMatch(/Matrix also lists handpost\.example as "Hand Post TV"/);
    expect(o.notes).toMatch(/Sources disagree: country FR here, BE there; state-affiliated false here, true there; ownership private here, state there/);
  });
  it('fills an imported record’s gaps from a lower source, with that source’s citation', () => {
    const { outlets } = mergeOutletSources([
      { name: 'Matrix', hand: false, outlets: [matrix2] },
      { name: 'Wikidata', hand: false, outlets: [wiki] },
    ]);
    expect(outlets).toHaveLength(1);
    const [o] = outlets;
    expect([o.country, o.languages, o.owners, o.domains]).toEqual(['PL', ['pl', 'en'], ['Z Corp'], ['radioz.example', 'radioz-en.example']]);
    expect(o.citations.find((c) => c.url.includes('wikidata'))!.facts).toEqual(expect.arrayContaining(['languages', 'owners', 'domains']));
    expect(o.notes).toMatch(/country PL here, CZ there/);
    expect(validatePack({ ...HEADER, outlets })).toEqual([]);
    expect(matrix2.languages).toEqual([]); // the input is not changed
  });
});
