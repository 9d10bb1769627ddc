import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.ts';

const texts = (paragraphs: string[], lang = 'en') => findQuotes(paragraphs, lang).map((q) => [q.text, q.speaker]);

describe('quote marks', () => {
  it('reads a quote opened with a straight mark and closed with a curly one', () => {
    expect(texts(['"We are leaving now,” Captain Ruth Adams said.'])).toEqual([['We are leaving now', 'Ruth Adams']]);
  });
  it('reads British single quotes', () => {
    expect(texts(['‘We will fight on,’ said Prime Minister Jane Doe.'])).toEqual([['We will fight on', 'Jane Doe']]);
  });
  it('reads guillemets without inner spaces and „ “ marks', () => {
    expect(texts(['«Vamos a ganar este partido», dijo el entrenador Diego Simeone.'], 'es')).toEqual([['Vamos a ganar este partido', 'Diego Simeone']]);
    expect(texts(['„Wir bleiben hier bis zum Ende“, sagte Anna Berg. Sie sprach laut.'], 'de')[0][0]).toBe('Wir bleiben hier bis zum Ende');
  });
  it('reads single guillemets ‹ ›', () => {
    expect(texts(['‹ Nous ne céderons rien à personne ›, a déclaré Marie Tremblay.'], 'fr')).toEqual([['Nous ne céderons rien à personne', 'Marie Tremblay']]);
  });
  it('keeps a nested quote inside the outer one', () => {
    const [q] = findQuotes(['"He told me, \'Do not come back here again,\' and left," Maria Lopez said.']);
    expect(q.text).toBe("He told me, 'Do not come back here again,' and left");
    expect(q.speaker).toBe('Maria Lopez');
  });
});

describe('split and long quotes', () => {
  it('joins a split quote whose second part starts a new sentence', () => {
    const quotes = findQuotes(['"We talked about it all season," coach Tom Reed said. "Now we need some help."']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts).toHaveLength(2);
    expect(quotes[0].text).toBe('We talked about it all season, Now we need some help.');
    expect(quotes[0].speaker).toBe('Tom Reed');
  });
  it('keeps two statements apart when the narrator says more than who spoke', () => {
    const quotes = findQuotes(['"This was a mistake," Ann Lee told reporters, referring to the letter sent last week by the general. "It should not have been sent."']);
    expect(quotes).toHaveLength(2);
  });
  it('keeps a quote cut by page furniture whole across paragraphs', () => {
    const quotes = findQuotes(['"It is an honest mistake by people trying', 'to do the right things," Ann Lee said.']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts.map((p) => p.paragraph)).toEqual([0, 1]);
    expect(quotes[0].speaker).toBe('Ann Lee');
  });
  it('offsets point into the given paragraph strings', () => {
    const paragraphs = ['Intro words here.', 'Then "we will win this war," General Omar Bakr said.'];
    const [q] = findQuotes(paragraphs);
    const part = q.parts[0];
    expect(paragraphs[part.paragraph].slice(part.start, part.end)).toBe('we will win this war,');
    expect(q.anchor.prefix.endsWith('Then "')).toBe(true);
    expect(q.anchor.suffix.startsWith('" General')).toBe(true);
  });
});

describe('dialogue dashes', () => {
  it('reads a Spanish dash paragraph with an incise between dashes', () => {
    const quotes = findQuotes(['El entrenador Diego Simeone habló tras el partido.', '—No hemos estado a la altura —reconoció Simeone—. El equipo no encontró el camino.'], 'es');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('No hemos estado a la altura El equipo no encontró el camino.');
    expect(quotes[0].speaker).toBe('Diego Simeone');
  });
  it('reads a French dash paragraph with the incise after a comma', () => {
    const quotes = findQuotes(['Le maire, Benoît Payan, a reçu les habitants.', '– Nous allons reloger chaque famille, a promis le maire Benoît Payan.'], 'fr');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Nous allons reloger chaque famille', 'Benoît Payan']]);
  });
  it('does not read English list dashes as dialogue', () => {
    expect(findQuotes(['— Shares fell three percent in early trading on Monday.'], 'en')).toEqual([]);
  });
});

describe('what is not a quote', () => {
  it('leaves out one- and two-word terms even next to a speech verb', () => {
    expect(findQuotes(['Netanyahu said he was "very moved" by the "historic" decision.'])).toEqual([]);
  });
  it('leaves out unattributed titles and headlines in title case', () => {
    expect(findQuotes(['Signs read "Less Money on Testing, More Money on Students" all day.'])).toEqual([]);
  });
  it('keeps a short phrase when the text attributes it', () => {
    const quotes = findQuotes(['Big Machine denied the claims, saying they were "shocking and false."']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['shocking and false.', 'Big Machine']]);
  });
});
