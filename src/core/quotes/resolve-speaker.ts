import type { Quote } from './quote.ts';
import { rolesIn, type Person } from './people.ts';
import { PRONOUNS } from './lexicon.ts';
import { foldCase, hasUpper, isLetterCode, isLowerCode, letterAt, letterBefore, startsUpper, wordRuns } from '../text/normalize.ts';
import { pronounGender } from './gender.ts';

export interface Attribution {
  /** null: the text says who spoke but names nobody ("the doctors stated", "one commenter wrote"). */
  speaker: string | null;
  how: Quote['attribution'];
}

export interface Context {
  people: Person[];
  /** The last speaker the article gave, for pronouns and for quote paragraphs with no attribution. */
  running: string | null;
  /** Sentence subjects and speakers so far, newest last: what "he" and "she" point back to. */
  recent: string[];
  /** Nouns the article introduces with an indefinite article ("a spokesperson", "une habitante"). */
  unnamed: Set<string>;
}

/** Nouns after an indefinite article: people the article does not name. */
export function unnamedNouns(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  // `(?<![\p{L}])(?:[Aa]n?|[Oo]ne|[Uu]n|[Uu]na|[Uu]ne|[Uu]ma?)\s+(\p{Ll}[\p{L}-]+)` with g and u, the
  // letter classes checked by char code (a /u regex over every paragraph compiles cold on each page).
  const article = /(?:[Aa]n?|[Oo]ne|[Uu]n[ae]?|[Uu]ma?)\s+/g;
  for (const text of paragraphs) {
    article.lastIndex = 0;
    for (let m = article.exec(text); m; m = article.exec(text)) {
      const start = m.index + m[0].length;
      const first = text.codePointAt(start) ?? 0;
      // The noun: a lower-case letter, then one or more letters or hyphens.
      const rest = start + (first > 0xffff ? 2 : 1);
      let end = rest;
      if (!letterBefore(text, m.index) && isLowerCode(first))
        for (let c = text.codePointAt(end); c !== undefined && (c === 45 || isLetterCode(c)); c = text.codePointAt(end)) end += c > 0xffff ? 2 : 1;
      if (end > rest) {
        out.add(foldCase(text.slice(start, end)));
        article.lastIndex = end;
      } else article.lastIndex = m.index + 1;
    }
  }
  return out;
}

/**
 * How far back a gendered pronoun looks for its person, in sentence subjects and speakers. Past
 * this the article has moved on and the pronoun is more likely someone it did not name.
 */
const PRONOUN_LOOKBACK = 12;

/**
 * "he"/"she"/"il"/"ella"/"a-t-elle": the newest subject or speaker who is a person of that gender
 * (or of no known gender). Organisations never take them. Other pronouns ("they", "it") speak for
 * the running speaker, as before.
 */
function pronounReferent(word: string, ctx: Context): string | null {
  const g = pronounGender(word);
  if (!g) return ctx.running;
  for (let k = ctx.recent.length - 1; k >= Math.max(0, ctx.recent.length - PRONOUN_LOOKBACK); k--) {
    const p = ctx.people.find((q) => q.name === ctx.recent[k]);
    if (p && (!p.gender || p.gender === g)) return p.name;
  }
  return null;
}

interface Mention extends Attribution {
  at: number;
  rank: number;
}

/** Words that name a body that speaks as one: "the premier's office said", "el ministerio indicó". */
const STATEMENT = /^(?:statement|letter|report|release|communique|comunicado|nota|communiqué)$/i;
const BODY = /\b(?:office|ministry|department|government|embassy|agency|authority|commission|council|court|police|party|league|union|coalition|company|group|oficina|ministerio|gobierno|secretaria|policia|ministere|gouvernement|prefecture|bureau|ministerio|governo|palacio|secretaria)\b/i;
const DETERMINER = /^(?:the|a|an|el|la|los|las|le|les|l'|o|os|as|its|his|her|their)\s+/i;
/** Capitalised words that start sentences or clauses without naming anyone. */
const NOT_A_NAME = /^(?:that|which|who|it|this|these|those|there|but|and|in|on|at|as|if|when|while|after|before|then|now|yet|so|also|however|although|even|since|because|for|with|from|by|to|of|que|pero|y|en|con|por|et|mais|dans|avec|pour|mas|com|para)\b/i;


/**
 * Every way the phrase can point at a speaker: a full name, a surname, a pronoun or "the statement"
 * (the running speaker), all ranked alike and told apart by position; then a role held by someone
 * the article names, which only counts when nothing else does ("In a letter to the president, Zippy
 * Duvall, the president of the Farm Bureau, said" is Zippy Duvall).
 */
type Form = { p: Context['people'][number]; form: string; how: 'named' | 'surname' };
/** The name forms of an article's people, longest first: computed once per article, not per phrase. */
const FORMS = new WeakMap<Context['people'], Form[]>();
function formsOf(people: Context['people']): Form[] {
  let forms = FORMS.get(people);
  if (!forms) {
    forms = people
      .flatMap((p) => {
        const w = p.name.split(' ');
        const tails = w.slice(1, -1).map((_, k) => w.slice(k + 1).join(' ')).filter(startsUpper);
        return [{ p, form: p.name, how: 'named' as const }, ...tails.map((form) => ({ p, form, how: 'surname' as const }))];
      })
      .sort((a, b) => b.form.length - a.form.length);
    FORMS.set(people, forms);
  }
  return forms;
}

function mentions(phrase: string, ctx: Context): Mention[] {
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  // Full names first, then their tails of two words or more ("Van Der Beek" for James Van Der Beek,
  // "Contreras Arroyo"), which the article uses as a surname.
  for (const { p, form, how } of formsOf(ctx.people)) {
    // The form as a whole word (no letter either side), left to right without overlaps: what
    // `(?<![\p{L}])form(?![\p{L}])` with g and u found, without compiling one regex per form and phrase.
    for (let at = phrase.indexOf(form); at >= 0; ) {
      const end = at + form.length;
      if (letterBefore(phrase, at) || letterAt(phrase, end)) {
        at = phrase.indexOf(form, at + 1);
        continue;
      }
      if (free(at, end)) {
        taken.push([at, end]);
        out.push({ speaker: p.name, how, at, rank: 0 });
      }
      at = phrase.indexOf(form, end);
    }
  }
  for (const m of wordRuns(phrase, "'’-")) {
    const word = m[0].replace(/['’]s$/, '');
    const at = m.index!;
    if (!free(at, at + m[0].length)) continue;
    // A surname that is also a pronoun ("He" of He Jianxiong, Liu He) only counts inside the full name.
    const folded = foldCase(word);
    const holder = startsUpper(word) && !PRONOUNS.has(folded) ? ctx.people.find((p) => p.surname === word) : undefined;
    if (holder) out.push({ speaker: holder.name, how: 'surname', at, rank: 0 });
    else if (PRONOUNS.has(folded) && !(folded === 'el' && word.toLowerCase() !== 'él') && !letterBefore(phrase, at)) {
      // "it"/"they" only speak for the running speaker when they are the subject, not "said it".
      const who = pronounReferent(word, ctx);
      if (who) out.push({ speaker: who, how: 'pronoun', at, rank: 0 });
    } else if (STATEMENT.test(word) && ctx.running) {
      // "the statement continued", "the letter says": the words of whoever issued it, the running speaker.
      out.push({ speaker: ctx.running, how: 'running', at, rank: 0 });
    }
  }
  for (const role of rolesIn(phrase)) {
    const holder = ctx.people.find((p) => p.roles.has(role));
    if (holder) out.push({ speaker: holder.name, how: 'role', at: phrase.length, rank: 1 });
  }
  return out;
}

/** An organisation or a person the article names only here: capitalised words, determiner dropped. */
function bodyOrNewName(phrase: string, prefer: 'first' | 'last' = 'first'): Attribution | null {
  const clauses = phrase.split(/[,;:()]/).map((s) => s.trim());
  // "Dans un communiqué, la préfecture des Bouches-du-Rhône": the clause that names, not the first.
  for (const clause of prefer === 'first' ? clauses : clauses.reverse()) {
    const found = clause && (hasUpper(clause) || BODY.test(clause)) ? clauseName(clause) : null;
    if (found) return found;
  }
  return null;
}

function clauseName(clause: string): Attribution | null {
  const name = clause.replace(DETERMINER, '').replace(/\s+(?:on|in|at|last|this|earlier|later|en|el|le|em|no|na)\s.*$/i, '').trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 7 || NOT_A_NAME.test(name) || PRONOUNS.has(foldCase(words[0]))) return null;
  // A lower-case noun phrase speaks only when it names a body ("the premier's office").
  if (!hasUpper(name) && !BODY.test(name)) return null;
  if (!BODY.test(name) && !words.some(startsUpper)) return null;
  // A description is not a name ("jefe del Ejecutivo catalán"), nor is one capitalised word that
  // opens a clause ("Aunque", "Sherlock would"): only bodies, acronyms ("DEA") and runs of names.
  if (!BODY.test(name) && !startsUpper(name)) return null;
  if (!BODY.test(name) && words.length === 1 && !/^\p{Lu}{2,}$/u.test(name)) return null;
  return { speaker: name, how: 'named' };
}

/** Determiners that open a description of someone unnamed or named earlier. */
const SINGULAR = /^(?:the|el|la|le|l'|l’|o|a|an|one|un|una|une|um|uma)\s+/i;
const PLURAL = /^(?:los|las|les|os|as|des|unos|unas|some|several|many|two|three|other)\s+/i;

/**
 * A lower-case subject that names nobody: a group ("the doctors stated", "prosecutors said"), an
 * unnamed person ("one commenter wrote", "a spokesperson said"), or a description of someone named
 * earlier ("le maire", "the senator"). The description goes to the newest person the article
 * introduced with that noun; everything else is a speaker the article does not name, and the quote
 * must not fall through to the running speaker (dev set: 11 quotes by "the doctors", "the
 * physicians", "the company" and the like were given to the last named person).
 */
function unnamed(phrase: string, ctx: Context): Attribution | null {
  const clause = phrase.split(/[,;:()]/)[0].trim();
  // "…” and said, “…”": a conjunction is no subject; the sentence's subject is found before the quote.
  if (/^(?:and|but|or|then|so|also|y|e|et|ou|mais|pero|mas|que|that|who|which)\b/i.test(clause)) return null;
  // "one Weibo commenter", "a Justice Department official": someone the article does not name.
  if (/^(?:an?|one|un|una|une|uma?)\s+\S+/i.test(clause) && clause.split(/\s+/).length <= 5 && !/^an?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(clause)) return { speaker: null, how: 'none' };
  if (!clause || hasUpper(clause.replace(SINGULAR, '').replace(PLURAL, '')) || /\d/.test(clause)) return null;
  const words = clause.replace(SINGULAR, '').replace(PLURAL, '').split(/\s+/);
  if (words.length > 4 || PRONOUNS.has(foldCase(words[0]))) return null;
  if (SINGULAR.test(clause)) {
    const nouns = words.map(foldCase);
    for (let k = ctx.recent.length - 1; k >= 0; k--) {
      const p = ctx.people.find((q) => q.name === ctx.recent[k]);
      if (p && nouns.some((n) => p.nouns.has(n))) return { speaker: p.name, how: 'role' };
    }
    const holder = [...ctx.people].reverse().find((p) => nouns.some((n) => p.nouns.has(n)));
    if (holder) return { speaker: holder.name, how: 'role' };
    // "o autarca", "el jefe del Ejecutivo": a singular description nobody was introduced with is
    // the person the text is about, unless the article brought it in as someone unnamed
    // ("A spokesperson who did not wish to be named… the spokesperson said").
    const newest = [...ctx.recent].reverse().find((n) => ctx.people.some((p) => p.name === n));
    if (newest && !/s$/.test(nouns[0]) && !nouns.some((n) => ctx.unnamed.has(n))) return { speaker: newest, how: 'role' };
  }
  return { speaker: null, how: 'none' };
}

/** The speaker a phrase next to a speech verb names; `prefer` says which end is the subject's. */
export function resolveSpeaker(phrase: string, ctx: Context, prefer: 'first' | 'last' = 'first'): Attribution | null {
  const clean = phrase.replace(/^[\s,—–-]+|[\s,—–-]+$/g, '');
  if (!clean) return null;
  // "Le bureau du premier ministre a précisé", "the premier's office said": the body speaks, not
  // the person its name contains.
  const found = mentions(clean, ctx).sort((a, b) => a.rank - b.rank || (prefer === 'first' ? a.at - b.at : b.at - a.at))[0];
  const head = clean.replace(DETERMINER, '').split(/\s+/)[0] ?? '';
  if (BODY.test(foldCase(head)) && !/['’]s$/.test(head) && (!found || found.rank > 0 || found.how === 'pronoun')) {
    const body = bodyOrNewName(clean);
    if (body) return body;
  }
  if (found) return { speaker: found.speaker, how: found.how };
  return bodyOrNewName(clean, prefer);
}

/** A pronoun, possibly implicit (""), as an attribution: gendered ones look back, others take the running speaker. */
export function pronounAttribution(word: string, ctx: Context): Attribution | null {
  const who = pronounReferent(word, ctx);
  return who ? { speaker: who, how: 'pronoun' } : null;
}

const INTRO = /^\s*(?:in|at|on|during|after|before|while|when|despite|for|from|with|without|en|dans|durante|em|no|na|apres|après|tras|después|despues|lors)\s[^,]{1,80},/i;

/** A lower-case subject next to a speech verb: a description or nobody named (see unnamed). */
export function resolveSubject(phrase: string, ctx: Context, prefer: 'first' | 'last' = 'first'): Attribution | null {
  // An opening adverbial is no subject: "In a dramatic retelling in the Cabinet Room, he said".
  const intro = phrase.match(INTRO);
  if (intro && prefer === 'first') {
    const rest = resolveSubject(phrase.slice(intro[0].length), ctx, prefer);
    if (rest) return rest;
  }
  const named = resolveSpeaker(phrase, ctx, prefer);
  if (named) return named;
  const clean = phrase.replace(/^[\s,—–-]+|[\s,—–-]+$/g, '');
  return clean ? unnamed(prefer === 'last' ? clean.split(/,\s*/).pop()! : clean, ctx) : null;
}

/** The first person a sentence mentions (its subject, most often), for pronouns that follow. */
export function subjectOf(sentence: string, ctx: Context): string | null {
  const m = mentions(sentence, ctx)
    .filter((x) => x.rank === 0 && x.how !== 'running')
    .sort((a, b) => a.at - b.at)[0];
  return m?.speaker && ctx.people.some((p) => p.name === m.speaker) ? m.speaker : null;
}
