/**
 * npm run data:matrix — the ASD state media matrix (CSV) → data/outlets-imported/state-media-matrix.json.
 * Usage: npx tsx scripts/import-state-media-matrix.ts [--file CSV] [--out JSON]
 * The CSV is read from ../shared/corpora/outlets/ (never copied into the repository).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { matrixOutlets, parseCsv, MATRIX_SOURCE_URL, type MatrixRow } from '../src/core/outlets/import-state-media-matrix.ts';
import { serializeImported } from '../src/core/outlets/imported-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: `${root}../shared/corpora/outlets/state-media-matrix.csv` },
    out: { type: 'string', default: `${root}data/outlets-imported/state-media-matrix.json` },
  },
});
const rows = parseCsv(readFileSync(values.file!, 'utf8')) as unknown as MatrixRow[];
const { outlets, skipped } = matrixOutlets(rows);
writeFileSync(
  values.out!,
  serializeImported({
    source: {
      name: 'ASD state media matrix',
      url: MATRIX_SOURCE_URL,
      license: 'MIT (Alliance for Securing Democracy); typology from the State Media Monitor',
      input: 'state-media-matrix.csv',
      retrieved: '2025',
    },
    rank: 1,
    outlets,
  }),
);
console.log(`${rows.length} rows → ${outlets.length} outlets (${new Set(outlets.map((o) => o.country).filter(Boolean)).size} countries); ${skipped.length} rows left out`);
const reasons = new Map<string, number>();
for (const s of skipped) reasons.set(s.why.replace(/".*"|\(.*\)|^[^:]+: /g, '…'), (reasons.get(s.why.replace(/".*"|\(.*\)|^[^:]+: /g, '…')) ?? 0) + 1);
for (const [why, n] of reasons) console.log(`  ${n}× ${why}`);
if (process.argv.includes('--verbose')) for (const s of skipped) console.log(`  - ${s.what}: ${s.why}`);
