import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import { loadPackFile, PackError } from '../../src/cli/load-data.ts';

const header = { format: 1, id: 'claims-pack', title: 'Claims', version: '1', publisher: 'me', license: 'CC0', homepage: 'https://example.org', created: '2026-01-01' };
const article = { url: 'https://a.example/1', domain: 'a.example', outlet: 'A', title: 'T', published: '2020-01-06', lang: 'en', tokens: 10, fp: [1, 2], terms: ['x'], quotes: [{ text: 'We are staying', speaker: 'Someone' }] };
const claim = {
  id: 'c1',
  text: 'there has been no decision to leave',
  speaker: 'A Minister',
  variants: [{ outlet: 'B News', url: 'https://b.example/2', text: 'no decision has been made to leave', lang: 'en' }],
  reviews: [{ url: 'https://factcheck.example/c1', publisher: 'Checker', datePublished: '2020-01-08', reviewRating: { alternateName: 'Mostly true', ratingValue: 4, bestRating: 5 } }],
};
const dir = mkdtempSync(join(tmpdir(), 'packs-'));

describe('pack schema: stories and claims', () => {
  it('accepts stories and claims in ClaimReview terms', () => {
    expect(validatePack({ ...header, stories: [{ id: 's', title: 'S', date: '2020-01-06', articles: [article] }], claims: [claim] })).toEqual([]);
  });
  it('lists every problem of bad claims with its path', () => {
    const bad = { ...header, claims: [{ ...claim, reviews: [{ url: 'ftp://x', publisher: '', reviewRating: { ratingValue: 'high' } }] }, { ...claim, text: 7 }] };
    const paths = validatePack(bad).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.claims[0].reviews[0].url', '$.claims[0].reviews[0].publisher', '$.claims[0].reviews[0].reviewRating.alternateName', '$.claims[0].reviews[0].reviewRating.ratingValue', '$.claims[1].id', '$.claims[1].text']));
  });
  it('refuses hostile strings: markup, script, control characters', () => {
    const hostile = {
      ...header,
      title: '<img src=x onerror=alert(1)>',
      stories: [{ id: 's', title: '<script>alert(1)</script>', articles: [{ ...article, outlet: 'A\u0000', quotes: [{ text: 'fine </p><p>', speaker: null }] }] }],
    };
    const problems = validatePack(hostile);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.title', '$.stories[0].title', '$.stories[0].articles[0].outlet', '$.stories[0].articles[0].quotes[0].text']));
    expect(problems.find((p) => p.path === '$.title')!.reason).toMatch(/markup/);
  });
  it('refuses repeated story ids, repeated articles and bad dates', () => {
    const problems = validatePack({ ...header, stories: [{ id: 's', title: 'S', date: 'yesterday', articles: [article, article] }, { id: 's', title: 'S2', articles: [] }] });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.stories[0].date', '$.stories[0].articles[1].url', '$.stories[1].id']));
  });
  it('a file that is not JSON, or too large, is refused with the reason', () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{"format": 1, "id": ');
    expect(() => loadPackFile(notJson)).toThrow(PackError);
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 500 * 1024 * 1024); // sparse: no disk used
    expect(() => loadPackFile(huge)).toThrow(/500 MB/);
  });
});

describe('the documented schema', () => {
  it('describes the format version the validator accepts', async () => {
    const schema = JSON.parse(readFileSync(new URL('../../docs/pack.schema.json', import.meta.url), 'utf8'));
    const { PACK_FORMATS } = await import('../../src/core/packs/pack.ts');
    expect(schema.properties.format.enum).toEqual(PACK_FORMATS);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'version', 'publisher', 'license', 'created']));
  });
});
