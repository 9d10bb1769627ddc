import { PACK_FORMAT, type Pack, type PackArticle, type PackHeader, type PackStory } from './pack.ts';
import type { Outlet } from '../outlets/outlet.ts';

export interface RawStory {
  id: string;
  title: string;
  summary?: string;
  date?: string | null;
  articles: Array<Omit<PackArticle, 'fp' | 'tokens' | 'terms'> & { textFile?: string; retrieved?: unknown }>;
}

export type FingerprintFile = Record<string, { tokens: number; fp: number[]; terms: string[] }>;

/** A story from data/stories/<id>.json and its committed fingerprints (<id>.fp.json) → a pack story. */
export function compileStory(raw: RawStory, fps: FingerprintFile): PackStory {
  return {
    id: raw.id,
    title: raw.title,
    summary: raw.summary,
    date: raw.date ?? null,
    articles: raw.articles
      .filter((a) => fps[a.url])
      .map((a) => ({
        url: a.url,
        domain: a.domain,
        outlet: a.outlet,
        title: a.title,
        published: a.published ?? null,
        lang: a.lang,
        wire: a.wire ?? null,
        quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker ?? null })),
        fp: fps[a.url].fp,
        tokens: fps[a.url].tokens,
        terms: fps[a.url].terms,
      })),
  };
}

export function makePack(header: Omit<PackHeader, 'format'>, content: { outlets?: Outlet[]; stories?: PackStory[] }): Pack {
  return { format: PACK_FORMAT, ...header, ...content };
}
