import type { Article } from '../src/core/article/article.ts';
import type { ReadabilityExpected } from './bench-extract-corpus.ts';

/**
 * Agreement with the metadata Readability's maintainers reviewed for each of their test pages.
 * "all" counts every page (both null is agreement); "defined" only the pages where the
 * expectation is not null, which is what matters for a reader (finding what is there).
 */
export type Field = 'isArticle' | 'title' | 'published' | 'byline' | 'lang';

const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase() || null;

function comparable(field: Field, a: Article | ReadabilityExpected): unknown {
  if ('readerable' in a) {
    if (field === 'isArticle') return a.readerable;
    if (field === 'published') return a.publishedTime ? a.publishedTime.slice(0, 10) : null;
    if (field === 'lang') return a.lang ? a.lang.toLowerCase().split(/[-_]/)[0] : null;
    return fold(a[field]);
  }
  if (field === 'isArticle') return a.isArticle;
  if (field === 'published') return a.published ? a.published.slice(0, 10) : null;
  if (field === 'lang') return a.lang;
  return fold(a[field]);
}

export interface Agreement {
  all: number;
  defined: number;
  pages: number;
  definedPages: number;
  /** Pages where we report a value and the expectation is null. */
  oursOnly: number;
}

export function agreement(field: Field, pairs: { ours: Article; expected: ReadabilityExpected }[], misses?: string[][]): Agreement {
  let same = 0;
  let definedSame = 0;
  let defined = 0;
  let oursOnly = 0;
  pairs.forEach(({ ours, expected }, i) => {
    const e = comparable(field, expected);
    const o = comparable(field, ours);
    if (e === o) same++;
    else misses?.push([String(i), field, String(e), String(o)]);
    if (e === null && o !== null && o !== false) oursOnly++;
    if (e !== null) {
      defined++;
      if (e === o) definedSame++;
    }
  });
  return { all: same / pairs.length, defined: defined ? definedSame / defined : 1, pages: pairs.length, definedPages: defined, oursOnly };
}
