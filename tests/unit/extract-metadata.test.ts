import { readFileSync } from 'node:fs';
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
  it('title: the site name is cut from the end of a declared title, a short <title> stays whole', () => {
    expect(meta('<meta property="og:site_name" content="Aktualne.cz - News as it happens"><meta property="og:title" content="West Ham worries the giants | Aktualne.cz">').title).toBe('West Ham worries the giants');
    expect(meta('<title>Google - Site Reliability Engineering</title>').title).toBe('Google - Site Reliability Engineering');
    expect(meta('<title>Brexit: what the vote means for trade | The Daily</title>').title).toBe('Brexit: what the vote means for trade');
    expect(meta('<title>Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault</title>').title).toBe('Get your Frontend JavaScript Code Covered | Code');
  });
  it('title: of a JSON-LD name and headline, the one closer to the <title>; Dublin Core before Open Graph', () => {
    expect(meta('<title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}</script>').title).toBe('Hermitian matrix');
    expect(meta('<title>Mayor resigns after the vote - Daily</title><script type="application/ld+json">{"@type":"NewsArticle","name":"Daily","headline":"Mayor resigns after the vote"}</script>').title).toBe('Mayor resigns after the vote');
    expect(meta('<meta property="og:title" content="OG"><meta property="x:title dc:title" content="DC">').title).toBe('DC');
  });
  it('JSON-LD wrapped in CDATA or a comment, and any Article or Posting type', () => {
    const m = meta('<script type="application/ld+json"><![CDATA[ {"@type":"SocialMediaPosting","headline":"H","datePublished":"2014-09-02T08:35:27-04:00"} ]]></script>');
    expect([m.title, m.published, m.declaresArticle]).toEqual(['H', '2014-09-02T08:35:27-04:00', true]);
    expect(meta('<script type="application/ld+json"><!-- {"@type":"NewsArticle","headline":"C"} --></script>').title).toBe('C');
  });
  it('JSON-LD in @graph and in arrays, with the article text declared', () => {
    const m = meta('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"G","articleBody":"Body text.","datePublished":"2020-01-07T09:12:44+01:00"}]}</script>');
    expect([m.title, m.articleBody, m.published, m.declaresArticle]).toEqual(['G', 'Body text.', '2020-01-07T09:12:44+01:00', true]);
  });
  it('byline from rel=author and microdata when nothing is declared', () => {
    expect(meta('', '<a rel="author" href="/a">Ana Ruiz</a>').byline).toBe('Ana Ruiz');
    expect(meta('', '<span itemprop="author"><span itemprop="name">Ben Ode</span></span>').byline).toBe('Ben Ode');
  });
  it('published from <time datetime> when there is no meta, not from one dating a linked page', () => {
    expect(meta('', '<time datetime="2019-11-18T10:00:00Z">Nov 18</time>').published).toBe('2019-11-18T10:00:00Z');
    expect(meta('', '<nav><a href="/x"><time datetime="2020-01-01">Jan 1</time></a></nav><time datetime="2019-11-18">Nov 18</time>').published).toBe('2019-11-18');
  });
  it('language from <html lang>, then JSON-LD, then og:locale', () => {
    expect(meta('', '', ' lang="es-ES"').lang).toBe('es');
    expect(meta('<meta property="og:locale" content="fr_FR">').lang).toBe('fr');
  });
});

describe('the cheap check', () => {
  const line = 'A sentence of article prose that runs for well over one line of text on a page, as prose does.';
  it('says maybe to prose in <p>s, in a <div> broken by <br>s, and in bare <div>s of an <article>', () => {
    expect(isProbablyArticle(doc(`<html><body><p>${line}</p><p>${line}</p><p>${line}</p><p>${line}</p><p>${line}</p></body></html>`))).toBe(true);
    expect(isProbablyArticle(doc(`<html><body><div>${line}<br><br>${line}<br><br>${line}<br>${line}<br>${line}</div></body></html>`))).toBe(true);
    expect(isProbablyArticle(doc(`<html><body><article><h1>T</h1><div>${line} ${line}</div><div>${line} ${line} ${line}</div></article></body></html>`))).toBe(true);
    expect(isProbablyArticle(doc(`<html><body><p>${line}</p><p>Short.</p><div>${line}</div></body></html>`))).toBe(false);
  });
  it('says maybe to the single-page-app fixture once its article is shown', () => {
    const html = readFileSync(new URL('../fixtures/pages/spa.html', import.meta.url), 'utf8');
    const d = doc(html);
    expect(isProbablyArticle(d)).toBe(false);
    const shown = html.match(/innerHTML =\n([\s\S]*?);\n}/)![1].split('\n').map((l) => l.trim().replace(/^'|'\s*\+?$/g, '')).join('');
    d.getElementById('view')!.innerHTML = shown;
    expect(d.querySelectorAll('article p')).toHaveLength(6);
    expect(isProbablyArticle(d)).toBe(true);
  });
  it('says yes to a page that declares an article, no to a page of links', () => {
    expect(isProbablyArticle(doc('<html><head><meta property="og:type" content="article"></head><body></body></html>'))).toBe(true);
    const links = Array.from({ length: 300 }, (_, i) => `<li><a href="/${i}">Story ${i}</a></li>`).join('');
    expect(isProbablyArticle(doc(`<html><body><ul>${links}</ul></body></html>`))).toBe(false);
  });
});
