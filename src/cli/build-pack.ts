import { createReadStream, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/article/extract-article.ts';
import { articleFromText } from '../core/article/article-from-text.ts';
import { fingerprint } from '../core/match/fingerprint.ts';
import { salientTerms } from '../core/text/terms.ts';
import { makePack } from '../core/packs/compile-data.ts';
import type { PackArticle, PackStory } from '../core/packs/pack.ts';
import { buildKnowledgeBase } from '../core/packs/knowledge-base.ts';
import { resolveOutlet, registrableDomain } from '../core/outlets/resolve-outlet.ts';
import { loadBundledPacks } from './load-data.ts';
import { InputError } from './read-page.ts';

interface Built extends PackArticle {
  label: string | null;
}

/** Articles without a story label join the cluster whose terms they share most, within a few days. */
const CLUSTER_OVERLAP = 0.3;

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/**
 * `backstory pack build`: reads JSONL articles line by line (a stream, so input size is not held
 * in memory, only each article's facts and fingerprints), reports broken lines with their line
 * numbers and builds the rest into a story pack.
 */
export async function buildPack(input: string, out: string, title: string | null): Promise<string> {
  let files: string[];
  try {
    files = statSync(input).isDirectory() ? readdirSync(input).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(input, f)) : [input];
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  const directory = buildKnowledgeBase([loadBundledPacks().outlets]).outlets;
  const built: Built[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      try {
        const item = JSON.parse(line) as Record<string, unknown>;
        const url = typeof item.url === 'string' ? item.url : null;
        const domain = url ? registrableDomain(url) : null;
        if (!url || !domain) throw new Error('"url" must be an http(s) address');
        let article;
        if (typeof item.html === 'string') article = extractArticle(parseHTML(item.html).document as unknown as Document, { url });
        else if (typeof item.text === 'string') article = articleFromText(item.text, { url });
        else throw new Error('needs "html" or "text"');
        const text = article.paragraphs.join('\n\n');
        if (!text) throw new Error('no article text found');
        const fp = fingerprint(text);
        const articleTitle = (typeof item.title === 'string' && item.title) || article.title || url;
        built.push({
          url,
          domain,
          outlet: resolveOutlet(directory, url)?.name ?? domain,
          title: articleTitle,
          published: (typeof item.published === 'string' && item.published) || article.published,
          lang: (typeof item.lang === 'string' && item.lang) || article.lang || 'und',
          wire: null,
          quotes: article.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
          fp: fp.hashes,
          tokens: fp.tokens,
          terms: salientTerms(`${articleTitle}\n${text}`),
          label: typeof item.story === 'string' && item.story ? item.story : null,
        });
      } catch (e) {
        errors.push(`${file}:${n}: ${(e as Error).message}`);
      }
    }
  }
  const stories = new Map<string, { story: PackStory; terms: Set<string>; date: string | null }>();
  let auto = 0;
  for (const b of built) {
    const { label, ...article } = b;
    let key = label;
    if (!key) {
      const terms = new Set(b.terms.slice(0, 20));
      let best: string | null = null;
      let bestScore = CLUSTER_OVERLAP;
      for (const [k, s] of stories) {
        const days = s.date && b.published ? Math.abs(Date.parse(s.date.slice(0, 10)) - Date.parse(b.published.slice(0, 10))) / 864e5 : 0;
        if (days > 4) continue;
        const score = overlap(terms, s.terms);
        if (score >= bestScore) {
          best = k;
          bestScore = score;
        }
      }
      key = best ?? `story-${++auto}`;
    }
    let entry = stories.get(key);
    if (!entry) {
      entry = { story: { id: key, title: b.title, date: b.published?.slice(0, 10) ?? null, articles: [] }, terms: new Set(b.terms.slice(0, 20)), date: b.published };
      stories.set(key, entry);
    }
    entry.story.articles.push(article);
  }
  const id = (title ?? out).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'pack';
  const pack = makePack(
    { id, title: title ?? id, version: '1', publisher: 'backstory pack build', license: 'facts and fingerprints only', homepage: '', created: new Date().toISOString().slice(0, 10) },
    { stories: [...stories.values()].map((s) => s.story) },
  );
  writeFileSync(out, JSON.stringify(pack) + '\n');
  const summary = `${out}: ${built.length} articles in ${stories.size} stories` + (errors.length ? `; ${errors.length} lines skipped:\n  ${errors.join('\n  ')}` : '');
  return summary;
}
