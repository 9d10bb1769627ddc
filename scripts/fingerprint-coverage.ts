/**
 * Computes the fingerprints and salient terms of each coverage article of a story from its text
 * in the local cache (read once from stored public pages; never committed), and writes them to
 * data/stories/<story>.fp.json, which is committed. Usage: npm run data:fingerprints [-- story-id…]
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fingerprint } from '../src/core/match/fingerprint.ts';
import { salientTerms } from '../src/core/text/terms.ts';

const cache = process.env.BACKSTORY_CACHE ?? join(homedir(), '.cache', 'backstory', 'coverage');
const dir = new URL('../data/stories/', import.meta.url).pathname;
const wanted = process.argv.slice(2);
let missing = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.fp.json'))) {
  const story = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (wanted.length && !wanted.includes(story.id)) continue;
  const out: Record<string, { tokens: number; fp: number[]; terms: string[] }> = {};
  for (const article of story.articles) {
    const path = join(cache, article.textFile ?? '');
    if (!article.textFile || !existsSync(path)) {
      console.error(`${story.id}: no cached text for ${article.url} (${path})`);
      missing++;
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const fp = fingerprint(text);
    out[article.url] = { tokens: fp.tokens, fp: fp.hashes, terms: salientTerms(text) };
  }
  const target = join(dir, file.replace(/\.json$/, '.fp.json'));
  writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`${story.id}: ${Object.keys(out).length} of ${story.articles.length} articles fingerprinted → ${target}`);
}
process.exitCode = missing ? 1 : 0;
