import { PACKED_FORMAT, type Pack, type PackArticle, type PackedArticle, type PackedPack, type PackedStory } from './pack.ts';
import { encodeU32 } from './base64-u32.ts';
import { sampled } from '../match/hash-index.ts';
import { countTerms, rankEntries, COUNT_BITS, StoryIndexBuilder } from '../match/story-index.ts';

/** A fingerprint as format 2 stores it: the hashes the reuse index samples first, then the rest. */
export function packFingerprint(hashes: readonly number[]): string {
  const s = hashes.filter(sampled).sort((a, b) => a - b);
  const rest = hashes.filter((h) => !sampled(h)).sort((a, b) => a - b);
  return encodeU32([...s, ...rest]);
}

export function packArticleEntry(a: PackArticle): PackedArticle {
  const { fp, terms: _terms, ...facts } = a;
  return { ...facts, fp: packFingerprint(fp) };
}

/**
 * Term entries of each story, ranked as the knowledge base would rank them for this pack alone:
 * the work that took most of a format-1 load is done once, here. Stories are given as their
 * articles' terms so that `pack build` can stream articles through.
 */
export function packStoryTerms(stories: number, termsOf: (story: number) => ReadonlyArray<readonly string[] | undefined>): { terms: string[]; entries: string[] } {
  const b = new StoryIndexBuilder();
  const counted: Uint32Array[] = [];
  const articles: number[] = [];
  for (let s = 0; s < stories; s++) {
    const t = termsOf(s);
    counted.push(countTerms(t, b.intern));
    articles.push(t.length);
  }
  const frequency = new Uint32Array(b.terms.length);
  for (const e of counted) for (const x of e) frequency[x >>> COUNT_BITS]++;
  const entries = counted.map((e, s) => encodeU32(rankEntries(e, articles[s], (id) => frequency[id], stories, (id) => b.terms[id])));
  return { terms: b.terms, entries };
}

/** A format-1 pack in format 2. */
export function packPack(pack: Pack): PackedPack {
  const stories = pack.stories ?? [];
  const { terms, entries } = packStoryTerms(stories.length, (s) => stories[s].articles.map((a) => a.terms));
  return {
    ...pack,
    format: PACKED_FORMAT,
    terms,
    stories: stories.map((s, i): PackedStory => ({ ...s, terms: entries[i], articles: s.articles.map(packArticleEntry) })),
  };
}
