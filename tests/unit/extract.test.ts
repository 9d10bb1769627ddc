import { describe, expect, it } from 'vitest';
import { extractArticle, readDateline } from '../../src/core/article/extract-article.ts';
import { isProbablyArticle } from '../../src/core/article/is-probably-article.ts';
import { parseDate } from '../../src/core/article/parse-date.ts';
import { doc, page, seedDoc } from './helpers.ts';

describe('extraction of the seed page', () => {
  const a = extractArticle(seedDoc());
  it('reads the metadata', () => {
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Pentagon insists U.S. military has no plans to leave Iraq');
    expect(a.published).toBe('2020-01-07T09:12:44');
    expect(a.lang).toBe('en');
    expect(a.siteName).toBe('Radio Habana Cuba');
    expect(a.dateline).toBe('Washington');
  });
  it('keeps the eight body paragraphs and leaves out menus, banner, caption, share links and sidebar', () => {
    expect(a.paragraphs).toHaveLength(8);
    const text = a.paragraphs.join(' ');
    for (const furniture of ['shortwave', 'Most read', 'Facebook', 'U.S. Defense Secretary Mark Esper U.S.', 'Español', 'About us']) expect(text).not.toContain(furniture);
  });
  it('does not change the page', () => {
    const d = seedDoc();
    const before = d.documentElement.outerHTML;
    extractArticle(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

describe('signals', () => {
  it('prefers JSON-LD for headline, date, author and language', () => {
    const d = page(['x '.repeat(300)], `<script type="application/ld+json">{"@type":"NewsArticle","headline":"From LD","datePublished":"2021-03-04T05:06:07Z","author":{"name":"Ana Ruiz"},"inLanguage":"es"}</script><title>Other - Site</title>`);
    const a = extractArticle(d);
    expect([a.title, a.published, a.byline]).toEqual(['From LD', '2021-03-04T05:06:07Z', 'Ana Ruiz']);
  });
  it('survives broken JSON-LD and falls back to Open Graph', () => {
    const a = extractArticle(page(['x '.repeat(300)], `<script type="application/ld+json">{broken</script><meta property="og:title" content="OG title"><meta property="article:published_time" content="2020-02-02">`));
    expect([a.title, a.published]).toEqual(['OG title', '2020-02-02']);
  });
  it('parses printed dates in several languages', () => {
    expect(parseDate('7 de enero de 2020')).toBe('2020-01-07');
    expect(parseDate('January 7, 2020')).toBe('2020-01-07');
    expect(parseDate('7 janvier 2020 à 10:30')).toBe('2020-01-07T10:30:00');
    expect(parseDate('03/04/2020')).toBeNull();
    expect(parseDate('not a date')).toBeNull();
  });
  it('reads datelines', () => {
    expect(readDateline('WASHINGTON (Reuters) - The United States said')).toBe('Washington');
    expect(readDateline('MADRID, 6 ene (EFE).- El Pentágono')).toBe('Madrid');
    expect(readDateline('The United States said on Monday that')).toBeNull();
  });
});

describe('not articles and bad input', () => {
  it('says no quickly to a page without article text', () => {
    const d = doc('<html><body><nav><a href="/">Home</a></nav><ul><li>One</li></ul><p>Short.</p></body></html>');
    expect(isProbablyArticle(d)).toBe(false);
    expect(extractArticle(d).isArticle).toBe(false);
  });
  it('handles an empty document and a page of only scripts', () => {
    expect(extractArticle(doc('')).isArticle).toBe(false);
    expect(extractArticle(doc('<script>var a = 1;</script>'.repeat(100))).isArticle).toBe(false);
  });
  it('handles very deep nesting without overflowing the stack', () => {
    const deep = '<div>'.repeat(10_000) + '<p>' + 'word '.repeat(200) + '</p>' + '</div>'.repeat(10_000);
    expect(() => extractArticle(doc(`<html><body>${deep}</body></html>`))).not.toThrow();
  });
});
