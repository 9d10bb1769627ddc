/**
 * npm run data:wikidata — a Wikidata SPARQL JSON answer → data/outlets-imported/wikidata-newspapers.json.
 *
 *   npx tsx scripts/import-wikidata.ts [--file ANSWER.json] [--out JSON]   read a saved answer (default:
 *       ../shared/corpora/outlets/wikidata-newspapers-2023.json, the April 2023 export)
 *   npx tsx scripts/import-wikidata.ts --live [--out JSON]                 run WIKIDATA_QUERY against the
 *       query service (BACKSTORY_WIKIDATA_URL overrides https://query.wikidata.org/sparql); needs network
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { wikidataOutlets, WIKIDATA_QUERY, type SparqlAnswer } from '../src/core/outlets/import-wikidata.ts';
import { serializeImported } from '../src/core/outlets/imported-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: `${root}../shared/corpora/outlets/wikidata-newspapers-2023.json` },
    out: { type: 'string', default: `${root}data/outlets-imported/wikidata-newspapers.json` },
    live: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

let answer: SparqlAnswer;
let input: string;
let retrieved: string;
if (values.live) {
  const endpoint = process.env.BACKSTORY_WIKIDATA_URL ?? 'https://query.wikidata.org/sparql';
  const response = await fetch(`${endpoint}?format=json&query=${encodeURIComponent(WIKIDATA_QUERY)}`, {
    headers: { accept: 'application/sparql-results+json', 'user-agent': 'Backstory outlet importer (https://github.com/backstory-news/backstory)' },
  });
  if (!response.ok) throw new Error(`${endpoint}: HTTP ${response.status}`);
  answer = (await response.json()) as SparqlAnswer;
  input = endpoint;
  retrieved = new Date().toISOString().slice(0, 10);
} else {
  answer = JSON.parse(readFileSync(values.file!, 'utf8')) as SparqlAnswer;
  input = values.file!.split('/').pop()!;
  // The saved export is from April 2023 (see the corpus README); a file gives no date of its own.
  retrieved = /2023/.test(input) ? '2023-04' : 'unknown date';
}
const { outlets, skipped } = wikidataOutlets(answer, { kind: 'newspaper', retrieved });
writeFileSync(
  values.out!,
  serializeImported({
    source: { name: 'Wikidata', url: 'https://www.wikidata.org/', license: 'CC0-1.0', input, retrieved },
    rank: 2,
    outlets,
  }),
);
const rows = answer.results.bindings.length;
console.log(`${rows} rows → ${outlets.length} outlets (${new Set(outlets.map((o) => o.country).filter(Boolean)).size} countries); ${skipped.length} left out`);
const reasons = new Map<string, number>();
for (const s of skipped) {
  const why = s.why.replace(/\(.*\)|".*"/g, '…');
  reasons.set(why, (reasons.get(why) ?? 0) + 1);
}
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n}× ${why}`);
if (values.verbose) for (const s of skipped) console.log(`  - ${s.what}: ${s.why}`);
