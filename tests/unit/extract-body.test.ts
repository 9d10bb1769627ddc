import { describe, expect, it } from 'vitest';
import { extractBody } from '../../src/core/article/extract-body.ts';
import { readArticle } from '../../src/core/article/extract-article.ts';
import { cleanSpace } from '../../src/core/text/normalize.ts';
import { doc } from './helpers.ts';

const prose = (n: number) => `Sentence ${n} of the story says something long enough to be a paragraph of real prose, with a clause, and a full stop.`;
const texts = (d: Document) => extractBody(d).map((b) => b.text);
const html = (body: string, head = '') => doc(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

describe('body: choosing the container', () => {
  it('joins a body split into several columns by ads, and leaves the ads out', () => {
    const d = html(`<div id="story"><div class="col"><p>${prose(1)}</p><p>${prose(2)}</p></div><div class="ad-slot">Advertisement</div><div class="col"><p>${prose(3)}</p><p>${prose(4)}</p></div></div><div class="nav-list"><a href="/a">Home</a> <a href="/b">World</a></div>`);
    expect(texts(d)).toEqual([prose(1), prose(2), prose(3), prose(4)]);
  });
  it('prefers the article over a longer list of linked teasers', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/s${i}">Another headline number ${i} that links away from this page</a></li>`).join('');
    const d = html(`<main><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></main><section><ul>${teasers}</ul></section>`);
    expect(texts(d)).toEqual([prose(1), prose(2), prose(3)]);
  });
  it('reads a body of text and <br>s in a <div> as one block (its text as the page has it)', () => {
    const d = html(`<div class="txt">${prose(1)}<br><br>${prose(2)}<br><br>${prose(3)}</div><div><a href="/">Home</a></div>`);
    expect(texts(d)).toEqual([[prose(1), prose(2), prose(3)].join('')]);
  });
  it('keeps headings and list items of the article, leaves out the headline <h1>', () => {
    const d = html(`<article><h1>The headline</h1><p>${prose(1)}</p><h2>What happened next</h2><p>${prose(2)}</p><ul><li>First point of the list, made in plain words.</li><li>Second point of the list, also in words.</li></ul><p>${prose(3)}</p></article>`);
    expect(texts(d)).toEqual([prose(1), 'What happened next', prose(2), 'First point of the list, made in plain words.', 'Second point of the list, also in words.', prose(3)]);
  });
  it('follows the page when its JSON-LD articleBody names the text, over a longer block of other prose', () => {
    const other = Array.from({ length: 6 }, (_, i) => `<p>${prose(100 + i)}</p>`).join('');
    const body = [prose(1), prose(2), prose(3), prose(4)];
    const d = html(`<div class="a">${body.map((p) => `<p>${p}</p>`).join('')}</div><div class="b">${other}</div>`);
    expect(texts(d)).toHaveLength(10);
    expect(extractBody(d, { articleBody: body.join('\n\n') }).map((b) => b.text)).toEqual(body);
  });
  it('ignores a JSON-LD articleBody that only repeats the lead', () => {
    const d = html(`<div class="a">${[1, 2, 3, 4, 5].map((i) => `<p>${prose(i)}</p>`).join('')}</div>`);
    expect(extractBody(d, { articleBody: `${prose(1)} ${prose(2)}`.slice(0, 200) + '…' })).toHaveLength(5);
    expect(extractBody(d, { articleBody: prose(1) + ' ' + prose(2) + ' ' + prose(3) })).toHaveLength(5);
  });
  it('narrows to a microdata articleBody holding most of the text', () => {
    const d = html(`<div><div itemprop="articleBody"><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></div><p>${prose(9)}</p></div>`);
    expect(texts(d)).toEqual([prose(1), prose(2), prose(3)]);
  });
  it('leaves out teaser articles nested in the article', () => {
    const d = html(`<article><p>${prose(1)}</p><p>${prose(2)}</p><article><p>${prose(7)}</p></article></article>`);
    expect(texts(d)).toEqual([prose(1), prose(2)]);
  });
});

describe('body: lists of other stories and wrappers', () => {
  const footer = '<div class="site-info"><div>Example Town Hall - Main Street 1111 - 89259-565 - Phone 555 0100 - open Monday to Friday from 8 to 17</div></div>';
  it('takes a short brief written as loose text in one <div> over a footer block', () => {
    const brief = `${prose(1)} ${prose(2)} ${prose(3)} ${prose(4)}`;
    const archive = `<ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/archive/${i}">Month ${i} (${i + 3})</a></li>`).join('')}</ul>`;
    const d = html(`<div class="row"><div class="tree">${archive}</div><div class="col"><p class="title">Headline of the brief</p><small>05/10/2018</small><br>${brief}<br><br></div></div>${footer}`);
    const { article, blocks } = readArticle(d);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].element.className).toBe('col');
    expect(article.isArticle).toBe(true);
    expect(article.paragraphs[0]).toContain(brief);
  });
  it('leaves out a column of teasers (linked headline, summary cut with an ellipsis) beside the article', () => {
    const teasers = Array.from({ length: 10 }, (_, i) => `<li><a href="/s${i}">Another story number ${i} with a long linked headline</a><span>PLACE: ${prose(20 + i).slice(0, 150)}...</span></li>`).join('');
    const d = html(`<div class="main"><div class="breaking"><ul>${teasers}</ul></div><div class="story"><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></div></div>`);
    expect(texts(d)).toEqual([prose(1), prose(2), prose(3)]);
  });
  it('keeps a digest whose items are linked headlines with whole summaries', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<li><strong><a href="/s${i}">Headline number ${i} of the morning digest</a>.</strong> ${prose(i)}</li>`);
    const d = html(`<article><p>${prose(0)}</p><ol>${items.join('')}</ol></article>`);
    expect(texts(d)).toHaveLength(7);
  });
  it('counts a heading wrapped in a link as link text (a card of another story)', () => {
    const cards = Array.from({ length: 6 }, (_, i) => `<li><a href="/r${i}"><h4>Related: another story number ${i} with a long headline here</h4></a></li>`).join('');
    const d = html(`<div class="body"><p>${prose(1)}</p><p>${prose(2)}</p><div class="more-box"><h3>More from us</h3><ul>${cards}</ul></div><p>${prose(3)}</p><p>${prose(4)}</p><p>${prose(5)}</p></div>`);
    expect(texts(d)).toEqual([prose(1), prose(2), 'More from us', prose(3), prose(4), prose(5)]);
  });
  it('does not read as one block an article whose paragraphs sit inside a <span> wrapper', () => {
    const d = html(`<article><span class="wrap"><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p></span> <b>x</b></article>`);
    expect(texts(d)).toEqual([prose(1), prose(2), prose(3)]);
  });
  it('leaves out a block whose text is mostly an inline ad script (its text would be the code)', () => {
    const code = 'var m3_u = (location.protocol == "https:" ? "https://ads.example/ajs.php" : "http://ads.example/ajs.php"); document.write(m3_u);';
    const d = html(`<article><p>${prose(1)}</p><center>Advert <script>${code}</script></center><p>${prose(2)}</p></article>`);
    expect(texts(d)).toEqual([prose(1), prose(2)]);
  });
});

describe('body: furniture', () => {
  it('leaves out hidden elements, share bars, captions, asides and comment sections', () => {
    const d = html(`<article><p>${prose(1)}</p><div hidden><p>${prose(50)}</p></div><div style="display: none"><p>${prose(51)}</p></div><div class="social-share"><p>${prose(52)}</p></div><figure><figcaption>${prose(53)}</figcaption></figure><aside><p>${prose(54)}</p></aside><p>${prose(2)}</p><section id="comments"><p>${prose(55)}</p></section></article>`);
    expect(texts(d)).toEqual([prose(1), prose(2)]);
  });
  it('does not take a content container for furniture because of a word like "ad" inside another word', () => {
    const d = html(`<div class="headline-body shared-content"><p>${prose(1)}</p><p>${prose(2)}</p></div>`);
    expect(texts(d)).toEqual([prose(1), prose(2)]);
  });
  it('still reads a page whose only wrapper carries a furniture word', () => {
    const d = html(`<div class="layout-with-sidebar"><p>${prose(1)}</p><p>${prose(2)}</p></div>`);
    expect(texts(d)).toEqual([prose(1), prose(2)]);
  });
  it('trims bylines, dates and labels at the edges of the body', () => {
    const d = html(`<article><p>By Ana Ruiz</p><p>7 January 2020</p><p>${prose(1)}</p><p>Short line.</p><p>${prose(2)}</p><p>Related stories</p></article>`);
    expect(texts(d)).toEqual([prose(1), 'Short line.', prose(2)]);
  });
  it('drops a paragraph that is mostly links', () => {
    const d = html(`<article><p>${prose(1)}</p><p><a href="/x">Read more about this and other stories on the site</a> here.</p><p>${prose(2)}</p></article>`);
    expect(texts(d)).toEqual([prose(1), prose(2)]);
  });
});

describe('blocks anchor the paragraphs', () => {
  it('gives for each paragraph the element it comes from, its text folded', () => {
    const d = html(`<article><p>  ${prose(1)}\n <b>bold</b>\u00a0end. </p><div>${prose(2)}<br>${prose(3)}</div><p>${prose(4)}</p><p>${prose(5)}</p></article>`);
    const { article, blocks } = readArticle(d);
    expect(article.isArticle).toBe(true);
    expect(blocks.map((b) => b.element.tagName)).toEqual(['P', 'DIV', 'P', 'P']);
    expect(blocks.map((b) => b.text)).toEqual(article.paragraphs);
    for (const b of blocks) expect(cleanSpace(b.element.textContent ?? '')).toBe(b.text);
  });
});

describe('is it an article', () => {
  const isArticle = (body: string) => readArticle(doc(`<!doctype html><html><head></head><body>${body}</body></html>`)).article.isArticle;
  it('needs about 400 characters of body, 300 when read from an <article>', () => {
    const two = `<p>${prose(1)} ${prose(2)}</p><p>${prose(3)}</p>`; // ~350 characters
    expect(isArticle(`<div>${two}</div>`)).toBe(false);
    expect(isArticle(`<article>${two}</article>`)).toBe(true);
    expect(isArticle(`<article><p>${prose(1)}</p><p>${prose(2)}</p></article>`)).toBe(false);
  });
  it('counts a Chinese or Japanese character for more than a Latin letter', () => {
    const ja = '肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえたイヌがいます。';
    expect(isArticle(`<div><p>${ja.repeat(3)}</p><p>${ja.repeat(3)}</p></div>`)).toBe(true);
    expect(isArticle(`<div><p>${'a'.repeat(60)} ${'b'.repeat(60)}.</p><p>${'c'.repeat(80)} ${'d'.repeat(80)}.</p></div>`)).toBe(false);
  });
});
