import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.ts';

const who = (paragraphs: string[], lang = 'en') => findQuotes(paragraphs, lang).map((q) => q.speaker);

describe('speakers', () => {
  it('strips titles and appositions to the person', () => {
    expect(who(['"Poorly worded, implies withdrawal," U.S. Army General Mark Milley, chairman of the Joint Chiefs of Staff, told reporters.'])).toEqual(['Mark Milley']);
    expect(who(['"We will restore trust," NASA Administrator Jim Bridenstine said in a statement.'])).toEqual(['Jim Bridenstine']);
  });
  it('reads a speaker before the quote, with a long apposition', () => {
    expect(who(['Zippy Duvall, the president of the American Farm Bureau, said farmers faced "near-unprecedented economic uncertainty and hardship" this year.'])).toEqual(['Zippy Duvall']);
  });
  it('gives a participle the subject of its sentence', () => {
    expect(who(['Zippy Duvall wrote to the president.', 'He urged Mr. Trump to make a deal soon, saying "time is running out for many."'])).toEqual(['Zippy Duvall']);
  });
  it('resolves a surname, a pronoun and a role to the full name given earlier', () => {
    const speakers = who([
      'Defense Secretary Mark Esper spoke on Monday.',
      '"There has been no decision to leave," Esper said.',
      '"We are staying," he added.',
      'The Pentagon chief said: "Nothing has changed at all."',
    ]);
    expect(speakers).toEqual(['Mark Esper', 'Mark Esper', 'Mark Esper']);
  });
  it('gives a quote paragraph without attribution to the running speaker, updated by reported speech', () => {
    const speakers = who([
      '"We are going to the General Assembly," negotiator Saeb Erekat said.',
      '"The breaking of that consensus is important," said Avi Bell, a fellow at a policy forum.',
      'Erekat said it was only the latest move by the United States.',
      '"They wanted us on our knees and we stand tall."',
    ]);
    expect(speakers).toEqual(['Saeb Erekat', 'Avi Bell', 'Saeb Erekat']);
  });
  it('names an organisation when the article says it spoke', () => {
    expect(who(["The premier's office said in a statement that \"talks will resume next week in Baghdad.\""])).toEqual(["premier's office"]);
  });
  it('reads according-to forms in four languages', () => {
    expect(who(['According to Ann Lee, "the plan will fail within a year."'])).toEqual(['Ann Lee']);
    expect(who(['Según el jefe del Ejecutivo, Pere Aragonès, "cada semana de retraso se paga".'], 'es')).toEqual(['Pere Aragonès']);
    expect(who(['Selon Marie Tremblay, « c\'est un premier pas, mais il en faudra d\'autres ».'], 'fr')).toEqual(['Marie Tremblay']);
    expect(who(['Segundo a presidente do Banco Central, Ana Ribeiro, "a inflação continua alta".'], 'pt')).toEqual(['Ana Ribeiro']);
  });
  it('reads es/fr/pt attribution verbs after the quote', () => {
    expect(who(['La ministra Teresa Ribera habló.', '"No vamos a dejar sola a ninguna comunidad", afirmó Ribera en rueda de prensa.'], 'es')).toEqual(['Teresa Ribera']);
    expect(who(['La ministre Florence Parly était là.', '« Nous ne quitterons pas le Sahel », a déclaré Mme Parly.'], 'fr')).toEqual(['Florence Parly']);
    expect(who(['O ministro Fernando Haddad falou.', '"Não há nenhuma hipótese de mudar a meta", disse Haddad.'], 'pt')).toEqual(['Fernando Haddad']);
  });
  it('leaves the speaker null when the article names nobody', () => {
    expect(who(['"Let us face whatever it is together and not hide," one commenter wrote online.'])).toEqual([null]);
  });
  it('gives "she" to the woman the article named, not to the man mentioned last', () => {
    expect(who(['Mrs. Ann Lee met Tom Baker on Monday.', 'Mr. Baker left early.', '"We will rebuild the school this year," she said.'])).toEqual(['Ann Lee']);
    expect(who(['Mme Florence Parly a parlé mardi.', 'M. François Lecointre était présent.', '« Nos soldats font un travail remarquable », a-t-elle ajouté.'], 'fr')).toEqual(['Florence Parly']);
  });
  it('leaves a group that speaks unnamed instead of giving it the last named person', () => {
    expect(who(['"The plan is sound and we back it," Ann Lee said.', '"We implore you to reconsider the decision now," the doctors wrote in the letter.'])).toEqual(['Ann Lee', null]);
  });
  it('gives relayed words to the person who said them, not to the office relaying them', () => {
    expect(who(['Tom Baker was arrested in April.', 'During the call, he said, "somebody ought to pay for this mess," the prosecutor\'s office said.'])).toEqual(['Tom Baker']);
  });
});
