import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { SEED_HTML, SEED_URL } from './helpers.ts';

const BIN = new URL('../../bin/backstory.mjs', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const analyze = (...extra: string[]) => JSON.parse(execFileSync(process.execPath, [BIN, 'analyze', SEED_HTML, '--url', SEED_URL, '--json', ...extra], { encoding: 'utf8' }));

describe('backstory analyze on the seed page', () => {
  const r = analyze();
  it('names the outlet: Radio Habana Cuba, Cuban state media, with sources', () => {
    expect(r.outlet).toMatchObject({ name: 'Radio Habana Cuba', country: 'CU', ownership: 'state', stateAffiliated: true });
    expect(r.outlet.sources.length).toBeGreaterThan(0);
  });
  it('matches the story, with at least ten coverage items, Spanish among them, and not the page itself', () => {
    expect(r.story).not.toBeNull();
    expect(r.coverage.length).toBeGreaterThanOrEqual(10);
    expect(r.coverage.some((c: { lang: string }) => c.lang === 'es')).toBe(true);
    expect(r.coverage.some((c: { domain: string }) => c.domain === 'radiohc.cu')).toBe(false);
  });
  it('finds the six quotes with verdicts', () => {
    expect(r.quotes).toHaveLength(6);
    const [esper1, , , mckenzie] = r.quotes;
    expect(esper1.verdict).toBe('verbatim');
    expect(esper1.sources.filter((s: { relation: string }) => s.relation === 'verbatim').length).toBeGreaterThanOrEqual(2);
    const carriers = mckenzie.sources.filter((s: { relation: string }) => s.relation === 'verbatim').map((s: { domain: string }) => s.domain);
    expect(carriers).toContain('aljazeera.com');
    expect(carriers.length).toBeLessThanOrEqual(5);
  });
  it('traces the text to Al Jazeera, published the day before', () => {
    expect(r.reuse[0]).toMatchObject({ domain: 'aljazeera.com', earlier: true });
    expect(r.reuse[0].share).toBeGreaterThanOrEqual(0.6);
  });
  it('with --no-bundled still finds the same six quotes and speakers from the page alone', () => {
    const alone = analyze('--no-bundled');
    expect(alone.story).toBeNull();
    expect(alone.quotes.map((q: { text: string; speaker: string }) => [q.text, q.speaker])).toEqual(r.quotes.map((q: { text: string; speaker: string }) => [q.text, q.speaker]));
    expect(alone.quotes.every((q: { verdict: string }) => q.verdict === 'uncorroborated')).toBe(true);
  });
});

describe('the CLI on bad input', () => {
  it('exits 1 with what and where for a missing file', () => {
    const r = run('analyze', 'no/such/page.html');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no/such/page.html: no such file');
  });
  it('exits 2 on a usage error', () => {
    expect(run('frobnicate').status).toBe(2);
    expect(run('extract').status).toBe(2);
  });
  it('exits 1 listing the problems of a corrupt pack', () => {
    const r = run('pack', 'validate', SEED_HTML);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\$: .*JSON/);
  });
  it('prints the outlet for a domain and null for an unknown one', () => {
    expect(JSON.parse(run('outlet', 'https://www.aljazeera.com/news/x', '--json').stdout).name).toBe('Al Jazeera');
    expect(JSON.parse(run('outlet', 'example.org', '--json').stdout)).toBeNull();
  });
  it('prints directory statistics', () => {
    const stats = JSON.parse(run('outlets', '--stats', '--json').stdout);
    expect(stats.outlets).toBeGreaterThan(30);
    expect(stats.countries).toBeGreaterThan(10);
  });
});
