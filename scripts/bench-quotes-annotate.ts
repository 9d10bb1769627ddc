/**
 * Turns the hand-written notes (tests/fixtures/quotes/notes.txt) into one annotation file per
 * corpus page (tests/fixtures/quotes/pages/*.json). A note names a quote by its paragraph and the
 * first and last words a reader sees ("start^end"), and its speaker; this script only copies the
 * words between them out of the extractor's paragraph so that typing errors cannot creep in. It never
 * runs the quote finder.
 *
 * Note syntax, one quote a line after "## <corpus key>":
 *   <paragraph> | <part> [+ <part>…] | <speaker>[|<also accepted>…]   ("-" = the article names nobody)
 *   part = [<paragraph>:]<first words>^<last words>  or  [<paragraph>:]<the whole words>
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { pageParagraphs } from './bench-quotes-corpus.ts';

const ROOT = new URL('../tests/fixtures/quotes/', import.meta.url).pathname;

export interface AnnotatedQuote {
  paragraph: number;
  text: string;
  /** The speaker a careful reader names, null when the article names nobody. */
  speaker: string | null;
  /** Other spellings of the same speaker that count as right ("Mary E. Lovely" / "Mary Lovely"). */
  accept: (string | null)[];
}

export interface AnnotatedPage {
  key: string;
  lang: string;
  quotes: AnnotatedQuote[];
}

/** Finds a snippet as typed, tolerant of spacing and of straight versus curly apostrophes. */
function find(text: string, snippet: string, from: number): { at: number; end: number } | null {
  const pattern = snippet
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]")
    .replace(/["“”]/g, '["“”]');
  const re = new RegExp(pattern, 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { at: m.index, end: m.index + m[0].length } : null;
}

function expand(paragraphs: string[], first: number, spec: string): { text: string; paragraph: number } {
  const parts: string[] = [];
  let shift = 0;
  let para = first;
  let from = 0;
  for (const raw of spec.split(' + ')) {
    const m = raw.trim().match(/^(\d+):(.*)$/s);
    if (m && Number(m[1]) + shift !== para) {
      para = Number(m[1]) + shift;
      from = 0;
    }
    const body = (m ? m[2] : raw).trim();
    const [start, end] = body.includes('^') ? body.split('^') : [body, ''];
    // The extractor is still changing and may merge or drop a paragraph: when the words are not in
    // the paragraph the note names, take the nearest paragraph that has them.
    if (!paragraphs[para] || !find(paragraphs[para], start, from)) {
      const near = paragraphs
        .map((p, i) => ({ i, hit: find(p, start, 0) }))
        .filter((c) => c.hit)
        .sort((a, b) => Math.abs(a.i - para) - Math.abs(b.i - para))[0];
      if (near && near.i !== para) {
        shift += near.i - para;
        para = near.i;
        from = 0;
      }
    }
    const text = paragraphs[para] ?? '';
    const head = find(text, start, from);
    if (!head) throw new Error(`"${start}" not in paragraph ${para}`);
    let stop = head.end;
    if (end) {
      const tail = find(text, end, head.end);
      if (!tail) throw new Error(`"${end}" not after "${start}" in paragraph ${para}`);
      stop = tail.end;
    }
    parts.push(text.slice(head.at, stop));
    from = stop;
  }
  return { text: parts.join(' '), paragraph: first + shift };
}

export function buildAnnotations(notes: string): AnnotatedPage[] {
  const pages: AnnotatedPage[] = [];
  let current: AnnotatedPage | null = null;
  let paragraphs: string[] = [];
  for (const line of notes.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('## ')) {
      const key = line.slice(3).trim();
      const page = pageParagraphs(key);
      paragraphs = page.paragraphs;
      current = { key, lang: page.lang, quotes: [] };
      pages.push(current);
      continue;
    }
    const [para, spec, who] = line.split(' | ');
    const accept = who.trim().split('|').map((s) => (s === '-' ? null : s));
    const found = expand(paragraphs, Number(para), spec);
    current!.quotes.push({ paragraph: found.paragraph, text: found.text, speaker: accept[0], accept });
  }
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = buildAnnotations(readFileSync(`${ROOT}notes.txt`, 'utf8'));
  mkdirSync(`${ROOT}pages`, { recursive: true });
  for (const page of pages) writeFileSync(`${ROOT}pages/${page.key.replace(':', '-').slice(0, 40)}.json`, `${JSON.stringify(page, null, 1)}\n`);
  console.log(`${pages.length} pages, ${pages.reduce((n, p) => n + p.quotes.length, 0)} quotes`);
}
