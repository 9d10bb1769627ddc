import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/core/article/metadata.ts';
import { isProbablyArticle } from '../../src/core/article/is-probably-article.ts';
import { doc } from './helpers.ts';

const meta = (head: string, body = '', lang = '') => readMetadata(doc(`<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`));

describe('metadata signals', () => {
  it('title: JSON-LD headline, then Open Graph, then <title> without the site name, then <h1>', () => {
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD"}</script><meta property="og:title" content="OG"><title>T</title>').title).toBe('LD');
    expect(meta('<meta property="og:title" content="OG"><title>T</title>').title).toBe('OG');
    expect(meta('<meta property="og:site_name" content="The Daily"><title>Mayor resigns after vote - The Daily</title>', '<h1>Section</h1>').title).toBe('Mayor resigns after vote');
    expect(meta('', '<h1>Only a heading</h1>').title).toBe('Only a heading');
  });
  it('JSON-LD in @graph and in arrays, with the article text declared', () => {
    const m = meta('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"G","articleBody":"Body text.","datePublished":"2020-01-07T09:12:44+01:00"}]}</script>');
    expect([m.title, m.articleBody, m.published, m.declaresArticle]).toEqual(['G', 'Body text.', '2020-01-07T09:12:44+01:00', true]);
  });
  it('byline from rel=author and microdata when nothing is declared', () => {
    expect(meta('', '<a rel="author" href="/a">Ana Ruiz</a>').byline).toBe('Ana Ruiz');
    expect(meta('', '<span itemprop="author"><span itemprop="name">Ben Ode</span></span>').byline).toBe('Ben Ode');
  });
  it('published from <time datetime> when there is no meta', () => {
    expect(meta('', '<time datetime="2019-11-18T10:00:00Z">Nov 18</time>').published).toBe('2019-11-18T10:00:00Z');
  });
  it('language from <html lang>, then JSON-LD, then og:locale', () => {
    expect(meta('', '', ' lang="es-ES"').lang).toBe('es');
    expect(meta('<meta property="og:locale" content="fr_FR">').lang).toBe('fr');
  });
});

describe('the cheap check', () => {
  it('says yes to a page that declares an article, no to a page of links', () => {
    expect(isProbablyArticle(doc('<html><head><meta property="og:type" content="article"></head><body></body></html>'))).toBe(true);
    const links = Array.from({ length: 300 }, (_, i) => `<li><a href="/${i}">Story ${i}</a></li>`).join('');
    expect(isProbablyArticle(doc(`<html><body><ul>${links}</ul></body></html>`))).toBe(false);
  });
});
