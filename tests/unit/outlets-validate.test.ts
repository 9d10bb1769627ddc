import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import type { Outlet } from '../../src/core/outlets/outlet.ts';

const HEADER = { format: 1, id: 'test', title: 'Test', version: '1', publisher: 'Test', license: 'CC0', homepage: 'https://example.org/', created: '2026-01-01' };

function outlet(over: Partial<Outlet> = {}): Outlet {
  return {
    id: 'x',
    name: 'X Daily',
    domains: ['xdaily.example'],
    country: 'FR',
    ownership: 'private',
    stateAffiliated: false,
    owners: ['X Group'],
    languages: ['fr'],
    citations: [{ url: 'https://example.org/x', facts: ['country', 'ownership', 'stateAffiliated', 'owners', 'languages'], says: 'X Daily is a French private paper of X Group.' }],
    ...over,
  };
}
const reasons = (outlets: Outlet[]) => validatePack({ ...HEADER, outlets }).map((p) => `${p.path}: ${p.reason}`);

describe('outlet validation', () => {
  it('accepts a fully cited record', () => {
    expect(reasons([outlet()])).toEqual([]);
  });
  it('fails on any stated fact without a citation', () => {
    for (const fact of ['country', 'ownership', 'stateAffiliated', 'owners', 'languages'] as const) {
      const o = outlet({ stateAffiliated: true, state: 'FR' });
      o.citations[0].facts = o.citations[0].facts.filter((f) => f !== fact);
      expect(reasons([o]), fact).toEqual([`$.outlets[0].citations: no citation for the stated fact "${fact}"`]);
    }
    expect(reasons([outlet({ typology: 'SC' })])).toEqual(['$.outlets[0].citations: no citation for the stated fact "typology"']);
    expect(reasons([outlet({ id: 'a', sisters: ['b'] }), outlet({ id: 'b', domains: ['b.example'] })])).toEqual(['$.outlets[0].citations: no citation for the stated fact "sisters"']);
  });
  it('does not ask a source for what the record leaves unknown', () => {
    expect(reasons([outlet({ country: null, ownership: 'unknown', stateAffiliated: null, owners: [], languages: [], citations: [{ url: 'https://example.org/', facts: ['name'] }] })])).toEqual([]);
  });
  it('fails on a bad country or state code', () => {
    for (const country of ['UK', 'XX', 'fr', 'FRA', 'EU']) expect(reasons([outlet({ country })]), country).toEqual(['$.outlets[0].country: must be an ISO 3166-1 alpha-2 code']);
    expect(reasons([outlet({ stateAffiliated: true, state: 'SU' })])).toEqual(['$.outlets[0].state: must be an ISO 3166-1 alpha-2 code']);
    expect(reasons([outlet({ stateAffiliated: false, state: 'FR' })])).toEqual(['$.outlets[0].state: names a state for an outlet not marked state-affiliated']);
  });
  it('fails on a domain claimed by two outlets', () => {
    expect(reasons([outlet({ id: 'a' }), outlet({ id: 'b', domains: ['other.example', 'xdaily.example'] })])).toEqual(['$.outlets[1].domains[1]: "xdaily.example" is claimed by outlet "a" too']);
  });
  it('fails on a domain that is a public suffix or an IP (it would claim every site under it)', () => {
    expect(reasons([outlet({ domains: ['co.uk'] })])).toEqual(['$.outlets[0].domains[0]: "co.uk" is an IP address or a public suffix, not a site']);
    expect(reasons([outlet({ domains: ['10.0.0.1'] })])).toEqual(['$.outlets[0].domains[0]: "10.0.0.1" is an IP address or a public suffix, not a site']);
  });
  it('fails on a circular owner chain: a repeated name, the outlet owning itself, or a loop through other records', () => {
    expect(reasons([outlet({ owners: ['A Corp', 'B Holding', 'a corp'] })])).toEqual(['$.outlets[0].owners: owner chain is circular (a name repeats)']);
    expect(reasons([outlet({ owners: ['X Daily'] })])).toEqual(['$.outlets[0].owners: owner chain is circular (the outlet owns itself)']);
    const loop = reasons([
      outlet({ id: 'a', name: 'Alpha News', domains: ['alpha.example'], owners: ['Beta Media'] }),
      outlet({ id: 'b', name: 'Beta Media', domains: ['beta.example'], owners: ['Gamma Holding'] }),
      outlet({ id: 'g', name: 'Gamma Holding', domains: ['gamma.example'], owners: ['Alpha News'] }),
    ]);
    expect(loop).toEqual([0, 1, 2].map((i) => `$.outlets[${i}].owners: owner chain is circular (through the owners of another outlet in this pack)`));
    // A chain through other records that ends is fine.
    expect(
      reasons([outlet({ id: 'a', name: 'Alpha News', domains: ['alpha.example'], owners: ['Beta Media'] }), outlet({ id: 'b', name: 'Beta Media', domains: ['beta.example'], owners: ['Gamma Holding'] })]),
    ).toEqual([]);
  });
  it('fails on sisters that are not in the pack, or the outlet itself', () => {
    const cite = { url: 'https://example.org/', facts: ['sisters' as const] };
    expect(reasons([outlet({ id: 'a', sisters: ['nope'], citations: [...outlet().citations, cite] })])).toEqual(['$.outlets[0].sisters[0]: no outlet "nope" in this pack']);
    expect(reasons([outlet({ id: 'a', sisters: ['a'], citations: [...outlet().citations, cite] })])).toEqual(['$.outlets[0].sisters[0]: an outlet is not its own sister']);
  });
  it('fails on an unknown typology code', () => {
    const o = outlet({ typology: 'XYZ' });
    o.citations[0].facts.push('typology');
    expect(reasons([o])).toEqual(['$.outlets[0].typology: must be one of SC, CaPu, CaPr, ISFM, ISF, ISM, IP']);
  });
});
