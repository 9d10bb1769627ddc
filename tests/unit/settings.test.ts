import { describe, expect, it } from 'vitest';
import { defaults, enabledSources, migrateSettings } from '../../src/core/settings.ts';

describe('settings', () => {
  it('are the defaults, everything live off, when nothing is stored or junk is', () => {
    for (const stored of [undefined, null, 'x', [], { live: 'all' }]) {
      const s = migrateSettings(stored);
      expect(s).toEqual(defaults);
      expect(enabledSources(s)).toEqual([]);
    }
  });
  it('keep what the user turned on, and only real booleans', () => {
    const s = migrateSettings({ version: 1, live: { gdelt: true, wikidata: 'yes', fetch: 1 }, factcheckKey: '  abc  ' });
    expect(enabledSources(s)).toEqual(['gdelt']);
    expect(s.factcheckKey).toBe('abc');
  });
  it('accept only http(s) endpoints', () => {
    const s = migrateSettings({ endpoints: { gdelt: 'http://127.0.0.1:9/', wikidata: 'javascript:alert(1)', factcheck: 3 } });
    expect(s.endpoints).toEqual({ gdelt: 'http://127.0.0.1:9/', wikidata: '', factcheck: '' });
  });
  it('run each migration once, from the stored version on', () => {
    const steps = [(x: Record<string, unknown>) => ((x.live as Record<string, boolean>) = { gdelt: x.useGdelt === true }), (x: Record<string, unknown>) => (x.factcheckKey = String(x.key ?? ''))];
    expect(migrateSettings({ version: 1, useGdelt: true, key: 'k' }, steps)).toMatchObject({ version: 3, live: { gdelt: true }, factcheckKey: 'k' });
    expect(migrateSettings({ version: 2, live: { wikidata: true }, key: 'k2' }, steps)).toMatchObject({ live: { wikidata: true, gdelt: false }, factcheckKey: 'k2' });
  });
});
