import { describe, expect, it } from 'vitest';
import { loadBundledPacks } from '../../src/cli/load-data.ts';
import { indexOutlets, resolveOutlet } from '../../src/core/outlets/resolve-outlet.ts';

const index = indexOutlets(loadBundledPacks().outlets.outlets ?? []);

describe('domain → outlet', () => {
  it('resolves the seed outlet from its article URL, with cited facts', () => {
    const o = resolveOutlet(index, 'https://www.radiohc.cu/en/noticias/internacionales/211284-x')!;
    expect(o.name).toBe('Radio Habana Cuba');
    expect([o.country, o.ownership, o.stateAffiliated]).toEqual(['CU', 'state', true]);
    expect(o.citations.length).toBeGreaterThan(0);
  });
  it('resolves subdomains, www, m. and bare domains', () => {
    for (const input of ['aljazeera.com', 'www.aljazeera.com', 'https://m.aljazeera.com/news/x', 'AMP.ALJAZEERA.COM']) expect(resolveOutlet(index, input)?.id).toBe('al-jazeera');
  });
  it('resolves nothing for unknown, local and malformed addresses', () => {
    for (const input of ['https://example.org/', 'localhost', 'http://127.0.0.1/x', 'file:///etc/passwd', 'chrome-extension://abc/popup.html', '', 'http://', '::::', 'xn--80ak6aa92e.com', 'radiohc.cu.evil.example']) {
      expect(resolveOutlet(index, input)).toBeNull();
    }
  });
  it('never matches a domain by substring', () => {
    expect(resolveOutlet(index, 'https://notradiohc.cu/')).toBeNull();
    expect(resolveOutlet(index, 'https://deviantart.com/')).toBeNull();
  });
});
