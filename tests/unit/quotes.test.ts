import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.ts';
import { extractArticle } from '../../src/core/article/extract-article.ts';
import { seedDoc } from './helpers.ts';

describe('quotes on the seed page', () => {
  const article = extractArticle(seedDoc());
  it('finds the six direct quotes, whole, with full-name speakers', () => {
    expect(article.quotes.map((q) => [q.text.slice(0, 30), q.speaker])).toEqual([
      ["There's been no decision whats", 'Mark Esper'],
      ["There's been no decision made ", 'Mark Esper'],
      ['Poorly worded, implies withdra', 'Mark Milley'],
      ['This was a mistake from McKenz', 'Mark Milley'],
      ['The long and short of it is: I', 'Mark Milley'],
      ['It (the draft letter) was sent', 'Mark Milley'],
    ]);
  });
  it('joins the quote that the shortwave banner cuts in two', () => {
    const cut = article.quotes[4];
    expect(cut.parts).toHaveLength(2);
    expect(cut.text).toContain('people trying to do the right things');
    expect(cut.text.endsWith('It should not have been sent')).toBe(true);
  });
  it('says how each speaker was found', () => {
    expect(article.quotes.map((q) => q.attribution)).toEqual(['surname', 'role', 'named', 'surname', 'pronoun', 'running']);
  });
  it('anchors each quote with its exact words and context', () => {
    const q = article.quotes[0];
    expect(q.anchor.exact).toBe("There's been no decision whatsoever to leave Iraq,");
    expect(q.anchor.suffix.startsWith('" Esper said')).toBe(true);
  });
});

describe('quote forms', () => {
  it('reads curly quotes and a speaker after the quote', () => {
    const [q] = findQuotes(['“We will not leave,” said Prime Minister Jane Doe on Monday.']);
    expect(q.text).toBe('We will not leave');
    expect(q.speaker).toBe('Jane Doe');
  });
  it('reads guillemets with inner spaces and a French verb', () => {
    const [q] = findQuotes(['« Nous ne partirons pas », a déclaré le ministre Jean Dupont.'], 'fr');
    expect(q.text).toBe('Nous ne partirons pas');
    expect(q.speaker).toBe('Jean Dupont');
  });
  it('reads Spanish attributions', () => {
    const quotes = findQuotes(['El secretario de Defensa, Mark Esper, habló ayer.', '"No hay ninguna decisión de abandonar Irak", dijo Esper.'], 'es');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['No hay ninguna decisión de abandonar Irak', 'Mark Esper']]);
  });
  it('joins a split quote into one quote with two parts', () => {
    const quotes = findQuotes(['"We are not leaving," Senator John Smith said, "and we never were."']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts).toHaveLength(2);
    expect(quotes[0].speaker).toBe('John Smith');
  });
  it('follows a quote over several paragraphs by the repeated opening mark', () => {
    const quotes = findQuotes(['Minister Ana Lopez said: "The first part goes on here.', '"And the second paragraph ends it."', 'Then something else.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts).toHaveLength(2);
    expect(quotes[0].speaker).toBe('Ana Lopez');
  });
  it('leaves out scare quotes and titles of works', () => {
    expect(findQuotes(['The so-called "reform" was passed after the film "Gone With The Wind" aired.'])).toEqual([]);
  });
  it('keeps an unbalanced mark from swallowing the article', () => {
    const quotes = findQuotes(['He said "this never closes and goes on.', 'A new paragraph starts here.', '"A real quote," Maria Gomez said.']);
    expect(quotes.map((q) => q.text)).toEqual(['A real quote']);
  });
  it('stays linear on a huge paragraph of marks', () => {
    const text = '"a" '.repeat(50_000);
    const t = Date.now();
    findQuotes([text]);
    // Not a timing assertion of speed: a quadratic scan would take minutes, this bound only catches that.
    expect(Date.now() - t).toBeLessThan(20_000);
  });
});
