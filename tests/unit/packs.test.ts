import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import { loadBundledPacks } from '../../src/cli/load-data.ts';

const header = { format: 1, id: 'test-pack', title: 'Test', version: '1', publisher: 'me', license: 'CC0', homepage: 'https://example.org', created: '2026-01-01' };
const outlet = {
  id: 'x',
  name: 'X News',
  domains: ['x.example'],
  country: 'FR',
  ownership: 'private',
  stateAffiliated: false,
  owners: ['X Group'],
  languages: ['fr'],
  citations: [{ url: 'https://x.example/about', facts: ['country', 'ownership', 'owners', 'languages'] }],
};

describe('pack validation', () => {
  it('accepts the bundled packs', () => {
    const { outlets, stories } = loadBundledPacks();
    expect(validatePack(outlets)).toEqual([]);
    expect(validatePack(stories)).toEqual([]);
    expect(stories.stories![0].articles.length).toBeGreaterThanOrEqual(10);
  });
  it('accepts a small good pack', () => {
    expect(validatePack({ ...header, outlets: [outlet] })).toEqual([]);
  });
  it('lists every problem with its JSON path', () => {
    const bad = {
      ...header,
      id: 'Bad Id',
      outlets: [
        { ...outlet, country: 'France', citations: [{ url: 'javascript:alert(1)', facts: ['owners'] }] },
        { ...outlet, id: 'y', domains: ['x.example'], owners: ['A', 'B', 'A'] },
      ],
      stories: [{ id: 's', title: 'S', articles: [{ url: 'https://a.example/1', domain: 'a.example', outlet: 'A', title: 'T\u0007', lang: 'en', tokens: -1, fp: [1.5], quotes: [] }] }],
    };
    const paths = validatePack(bad).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.id',
        '$.outlets[0].country',
        '$.outlets[0].citations[0].url',
        '$.outlets[0].citations',
        '$.outlets[1].domains[0]',
        '$.outlets[1].owners',
        '$.stories[0].articles[0].title',
        '$.stories[0].articles[0].tokens',
        '$.stories[0].articles[0].fp',
      ]),
    );
  });
  it('rejects what is not a pack', () => {
    expect(validatePack([1, 2])).toEqual([{ path: '$', reason: 'a pack must be a JSON object' }]);
    expect(validatePack(null)[0].path).toBe('$');
  });
});
