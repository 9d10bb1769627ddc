import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import type { Report } from '../../src/core/report.ts';
import { SEED_HTML, SEED_URL } from './helpers.ts';

const BIN = new URL('../../bin/backstory.mjs', import.meta.url).pathname;
let renderReport: (r: Report, badges: number) => HTMLElement[];
let report: Report;

beforeAll(async () => {
  // The popup renders with the page's `document`; give it linkedom's.
  const { document } = parseHTML('<!doctype html><html><body><main id="app"></main></body></html>');
  (globalThis as unknown as { document: Document }).document = document as unknown as Document;
  ({ renderReport } = await import('../../src/popup/render-report.ts'));
  report = JSON.parse(execFileSync(process.execPath, [BIN, 'analyze', SEED_HTML, '--url', SEED_URL, '--json'], { encoding: 'utf8' }));
});

const text = (nodes: HTMLElement[]) => nodes.map((n) => n.textContent).join('\n');

describe('the popup renders a Report', () => {
  it('shows the outlet card with each fact linked to its sources', () => {
    const nodes = renderReport(report, 6);
    const outlet = nodes.find((n) => n.className === 'outlet')!;
    expect(outlet.textContent).toContain('Radio Habana Cuba');
    expect(outlet.textContent).toContain('State-affiliated');
    const links = Array.from(outlet.querySelectorAll('sup a')).map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(3);
    expect(links.every((h) => /^https?:\/\//.test(h!))).toBe(true);
  });
  it('says where the text comes from and counts independent sources', () => {
    const all = text(renderReport(report, 6));
    expect(all).toMatch(/This text mirrors Al Jazeera English’s report of 6 Jan 2020: \d+ %/);
    expect(all).toMatch(/\d+ other reports in English, Spanish; \d+ independent sources/);
    expect(all).toContain('6 of 6 quotes marked on the page.');
  });
  it('shows hostile strings as text and never links a javascript: URL', () => {
    const hostile: Report = structuredClone(report);
    hostile.article.title = '<img src=x onerror=alert(1)>';
    hostile.coverage[0].title = '<script>alert(1)</script>';
    const old = hostile.coverage[0].url;
    hostile.coverage[0].url = 'javascript:alert(1)';
    for (const g of hostile.groups) g.members = g.members.map((m) => (m === old ? 'javascript:alert(1)' : m));
    hostile.outlet!.sources[0].url = 'javascript:alert(2)';
    const nodes = renderReport(hostile, 0);
    const html = nodes.map((n) => n.outerHTML).join('');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/href="javascript:/);
    expect(text(nodes)).toContain('<script>alert(1)</script>');
  });
  it('says plainly when the site is unknown and no pack has the story', () => {
    const bare: Report = { ...structuredClone(report), outlet: null, story: null, coverage: [], groups: [], reuse: [], quotes: [] };
    const all = text(renderReport(bare, 0));
    expect(all).toContain('This site is not in the outlet directory.');
    expect(all).toContain('None of your knowledge packs has this story.');
    expect(all).toContain('No direct quotes in this article.');
  });
});
