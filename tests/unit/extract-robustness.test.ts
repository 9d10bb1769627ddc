import { describe, expect, it } from 'vitest';
import { extractArticle, readArticle } from '../../src/core/article/extract-article.ts';
import { isProbablyArticle } from '../../src/core/article/is-probably-article.ts';
import { doc } from './helpers.ts';

const prose = (n: number) => `Sentence ${n} of the story says something long enough to be a paragraph of real prose, with a clause, and a full stop.`;
const article = (n: number) => `<article>${Array.from({ length: n }, (_, i) => `<p>${prose(i)}</p>`).join('')}</article>`;

/** Every input gives a result and leaves the page as it was. */
function safely(d: Document) {
  const before = d.documentElement ? d.documentElement.outerHTML : '';
  const a = extractArticle(d);
  isProbablyArticle(d);
  expect(d.documentElement ? d.documentElement.outerHTML : '').toBe(before);
  return a;
}

describe('bad input', () => {
  it('an empty document, a page of only scripts, a page of only frames', () => {
    expect(safely(doc('')).isArticle).toBe(false);
    expect(safely(doc('<html><body>' + '<script>var a = "x".repeat(9);</script>'.repeat(200) + '</body></html>')).isArticle).toBe(false);
    expect(safely(doc('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>')).isArticle).toBe(false);
    expect(safely(doc('<html><body><iframe srcdoc="<p>text</p>"></iframe></body></html>')).isArticle).toBe(false);
  });
  // 2.5 MB here (120,000 elements): linkedom alone takes ~17 s to parse 10 MB, which would slow the suite.
  it('a multi-megabyte page reads in bounded work', () => {
    const filler = '<div class="x"><span>menu item</span><a href="/">link</a></div>'.repeat(40_000);
    const d = doc(`<html><body>${article(6)}${filler}</body></html>`);
    const a = safely(d);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(6);
  });
  it('10,000-deep nesting neither overflows nor loses the page', () => {
    const deep = '<div>'.repeat(10_000) + '<p>' + 'word '.repeat(200) + '</p>' + '</div>'.repeat(10_000);
    expect(() => safely(doc(`<html><body>${article(5)}${deep}</body></html>`))).not.toThrow();
    expect(extractArticle(doc(`<html><body>${article(5)}${deep}</body></html>`)).paragraphs).toHaveLength(5);
  });
  it('broken encodings and stray bytes are text like any other', () => {
    const mojibake = 'Ã©tÃ© Ã  la cafÃ© \uFFFD\uFFFD ';
    const a = safely(doc(`<html><body><article>${Array.from({ length: 5 }, () => `<p>${mojibake.repeat(8)}.</p>`).join('')}</article></body></html>`));
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs[0]).toContain('Ã©tÃ©');
  });
  it('a page that changes between two readings gives each time the text it has then', () => {
    const d = doc(`<html><body>${article(5)}</body></html>`);
    const first = readArticle(d);
    first.blocks[0].element.remove();
    d.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>${prose(99)}</p>`);
    const second = readArticle(d).article.paragraphs;
    expect(second).toHaveLength(5);
    expect(second[4]).toBe(prose(99));
    expect(second).not.toContain(first.article.paragraphs[0]);
  });
});
