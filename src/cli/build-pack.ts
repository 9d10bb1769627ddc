import { closeSync, createReadStream, openSync, readSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/article/extract-article.ts';
import { articleFromText } from '../core/article/article-from-text.ts';
import { packArticle } from '../core/packs/pack-article.ts';
import { StoryClusterer } from '../core/packs/cluster-stories.ts';
import { PACKED_FORMAT, type PackArticle } from '../core/packs/pack.ts';
import { packArticleEntry, packStoryTerms } from '../core/packs/packed-pack.ts';
import { validateStoryArticle } from '../core/packs/validate-pack.ts';
import { buildKnowledgeBase } from '../core/packs/knowledge-base.ts';
import { resolveOutlet, registrableDomain } from '../core/outlets/resolve-outlet.ts';
import { loadBundledPacks } from './load-data.ts';
import { InputError } from './read-page.ts';

export interface BuildResult {
  summary: string;
  articles: number;
  stories: number;
  errors: string[];
}

/** Story ids must be valid pack ids: a label is kept when it is one, otherwise slugged. */
const storyId = (label: string) =>
  /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/.test(label) ? label : label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 200) || 'story';

/**
 * `backstory pack build`: reads JSONL articles line by line and keeps in memory only what grouping
 * needs (each article's story and its place in a spool file, and the open clusters); the articles'
 * facts and fingerprints go to the spool and are copied into the pack story by story. Broken lines
 * are reported with their line numbers; the rest is built.
 */
export async function buildPack(input: string, out: string, title: string | null): Promise<BuildResult> {
  let files: string[];
  try {
    files = statSync(input).isDirectory() ? readdirSync(input).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(input, f)) : [input];
  } catch {
    throw new InputError(`${input}: no such file or folder`);
  }
  const directory = buildKnowledgeBase([loadBundledPacks().outlets]).outlets;
  const spoolPath = join(tmpdir(), `backstory-build-${process.pid}-${Date.now()}.jsonl`);
  const spool = openSync(spoolPath, 'w+');
  const offsets: number[] = [];
  const lengths: number[] = [];
  const storyOf: number[] = [];
  const stories: Array<{ id: string; title: string; date: string | null }> = [];
  const byLabel = new Map<string, number>();
  const byCluster = new Map<number, number>();
  const clusterer = new StoryClusterer();
  const errors: string[] = [];
  let position = 0;
  const story = (key: Map<string | number, number>, k: string | number, id: string, a: PackArticle) => {
    let s = key.get(k);
    if (s === undefined) {
      key.set(k, (s = stories.length));
      stories.push({ id, title: a.title, date: a.published?.slice(0, 10) ?? null });
    } else if (a.published && (!stories[s].date || a.published.slice(0, 10) < stories[s].date!)) stories[s].date = a.published.slice(0, 10);
    return s;
  };
  try {
    for (const file of files) {
      let n = 0;
      for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
        n++;
        if (!line.trim()) continue;
        try {
          const item = JSON.parse(line) as Record<string, unknown>;
          if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('not a JSON object');
          const url = typeof item.url === 'string' ? item.url : null;
          const domain = url && /^https?:\/\//i.test(url) ? registrableDomain(url) : null;
          if (!url || !domain) throw new Error('"url" must be an http(s) address');
          const given = (k: string) => (typeof item[k] === 'string' && item[k] ? (item[k] as string) : null);
          let article;
          if (typeof item.html === 'string') article = extractArticle(parseHTML(item.html).document as unknown as Document, { url });
          else if (typeof item.text === 'string') article = articleFromText(item.text, { url, lang: given('lang'), published: given('published') });
          else throw new Error('needs "html" or "text"');
          if (!article.paragraphs.length) throw new Error('no article text found');
          const a = packArticle(article, { url, domain, outlet: resolveOutlet(directory, url)?.name ?? domain, title: given('title'), published: given('published'), lang: given('lang') });
          const problems = validateStoryArticle(a, '$');
          if (problems.length) throw new Error(problems.map((p) => `${p.path.replace(/^\$\.?/, '') || 'article'} ${p.reason}`).join('; '));
          const label = given('story');
          const s = label ? story(byLabel as Map<string | number, number>, label, storyId(label), a) : null;
          const index = s ?? (() => {
            const c = clusterer.add(a.terms, a.published);
            return story(byCluster as Map<string | number, number>, c, `story-${byCluster.size + 1}`, a);
          })();
          const bytes = Buffer.from(JSON.stringify(a));
          writeSync(spool, bytes, 0, bytes.length, position);
          offsets.push(position);
          lengths.push(bytes.length);
          storyOf.push(index);
          position += bytes.length;
        } catch (e) {
          errors.push(`${file}:${n}: ${(e as Error).message}`);
        }
      }
    }
    // Labels and cluster ids could collide ("story-1" given as a label): clustered ones give way.
    const used = new Set<string>();
    for (const s of stories) {
      let id = s.id;
      for (let k = 2; used.has(id); k++) id = `${s.id}-${k}`;
      used.add(id);
      s.id = id;
    }
    writePack(out, title, stories, storyOf, (i) => {
      const buf = Buffer.alloc(lengths[i]);
      readSync(spool, buf, 0, lengths[i], offsets[i]);
      return buf;
    });
  } finally {
    closeSync(spool);
    unlinkSync(spoolPath);
  }
  const summary =
    `${out}: ${storyOf.length} articles in ${stories.length} stories` +
    (errors.length ? `; ${errors.length} line${errors.length === 1 ? '' : 's'} skipped:\n  ${errors.slice(0, 1000).join('\n  ')}${errors.length > 1000 ? `\n  … and ${errors.length - 1000} more` : ''}` : '');
  return { summary, articles: storyOf.length, stories: stories.length, errors };
}

function writePack(
  out: string,
  title: string | null,
  stories: Array<{ id: string; title: string; date: string | null }>,
  storyOf: number[],
  read: (i: number) => Buffer,
) {
  const members: number[][] = stories.map(() => []);
  storyOf.forEach((s, i) => members[s].push(i));
  const id = (title ?? out.replace(/^.*\//, '').replace(/\.json$/, '')).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'pack';
  const header = {
    format: PACKED_FORMAT,
    id,
    title: title ?? id,
    version: new Date().toISOString().slice(0, 10).replace(/-/g, '.'),
    publisher: 'backstory pack build',
    license: 'facts and fingerprints only',
    homepage: '',
    created: new Date().toISOString().slice(0, 10),
  };
  // Format 2 (core/packs/pack.ts): a first pass over the spool counts each story's terms, the
  // second writes the articles packed; only term counts are held, never all articles.
  const article = (i: number) => JSON.parse(read(i).toString('utf8')) as PackArticle;
  const { terms, entries } = packStoryTerms(stories.length, (k) => members[k].map((i) => article(i).terms));
  const fd = openSync(out, 'w');
  try {
    const w = (s: string | Buffer) => writeSync(fd, typeof s === 'string' ? Buffer.from(s) : s);
    w(JSON.stringify(header).slice(0, -1) + `,"terms":${JSON.stringify(terms)},"stories":[`);
    stories.forEach((s, k) => {
      w((k ? ',' : '') + JSON.stringify({ id: s.id, title: s.title, date: s.date, terms: entries[k] }).slice(0, -1) + ',"articles":[');
      members[k].forEach((i, j) => {
        if (j) w(',');
        w(JSON.stringify(packArticleEntry(article(i))));
      });
      w(']}');
    });
    w(']}\n');
  } finally {
    closeSync(fd);
  }
}
