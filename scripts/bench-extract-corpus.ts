import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** The shared corpora, read in place (never copied into the repository). */
export const CORPORA = new URL('../../shared/corpora/', import.meta.url).pathname;
const EXTRACTION = `${CORPORA}article-extraction/`;
const READABILITY = `${CORPORA}readability-pages/`;

export interface ExtractionPage {
  key: string;
  url: string;
  html: string;
  expected: string;
}

export function hasCorpora(): boolean {
  return existsSync(`${EXTRACTION}ground-truth.json`) && existsSync(READABILITY);
}

export function extractionPages(): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(`${EXTRACTION}ground-truth.json`, 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth)
    .filter(([key]) => existsSync(`${EXTRACTION}html/${key}.html.gz`))
    .map(([key, { url, articleBody }]) => ({
      key,
      url,
      // Every page of the corpus declares (or implies) UTF-8.
      html: new TextDecoder('utf-8').decode(gunzipSync(readFileSync(`${EXTRACTION}html/${key}.html.gz`))),
      expected: articleBody,
    }));
}

export interface ReadabilityExpected {
  title: string | null;
  byline: string | null;
  lang: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

export interface ReadabilityPage {
  slug: string;
  html: string;
  expected: ReadabilityExpected;
}

export function readabilityPages(): ReadabilityPage[] {
  return readdirSync(READABILITY, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${READABILITY}${d.name}/expected-metadata.json`))
    .map((d) => ({
      slug: d.name,
      html: readFileSync(`${READABILITY}${d.name}/source.html`, 'utf8'),
      expected: JSON.parse(readFileSync(`${READABILITY}${d.name}/expected-metadata.json`, 'utf8')) as ReadabilityExpected,
    }));
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
