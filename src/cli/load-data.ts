/** Node-side loading of the bundled data folder and of pack files. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStory, makePack, type FingerprintFile, type RawStory } from '../core/packs/compile-data.ts';
import { validatePack, type Problem } from '../core/packs/validate-pack.ts';
import type { Pack } from '../core/packs/pack.ts';
import type { Outlet } from '../core/outlets/outlet.ts';
import type { ImportedFile } from '../core/outlets/imported-file.ts';
import { mergeOutletSources } from '../core/outlets/merge-sources.ts';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n` + problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n'));
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new PackError(file, [{ path: '$', reason: (e as Error).message }]);
  }
}

/** The bundled packs, compiled from data/ and validated: the outlet directory and the stories. */
export function loadBundledPacks(dataDir = DATA_DIR): { outlets: Pack; stories: Pack; curatedDomains: string[] } {
  const headers = readJson(join(dataDir, 'packs.json')) as { outlets: Pack; stories: Pack };
  const outletDir = join(dataDir, 'outlets');
  const handOutlets = readdirSync(outletDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(join(outletDir, f)) as Outlet);
  // Generated imports (scripts/import-*.ts), in their order of trust; hand-verified records beat them all.
  const importDir = join(dataDir, 'outlets-imported');
  const imported = (existsSync(importDir) ? readdirSync(importDir) : [])
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(join(importDir, f)) as ImportedFile)
    .sort((a, b) => a.rank - b.rank);
  const { outlets } = mergeOutletSources([
    { name: 'Hand-verified', hand: true, outlets: handOutlets },
    ...imported.map((file) => ({ name: file.source.name, hand: false, outlets: file.outlets })),
  ]);
  const storyDir = join(dataDir, 'stories');
  const stories = readdirSync(storyDir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.fp.json'))
    .sort()
    .map((f) => {
      const raw = readJson(join(storyDir, f)) as RawStory;
      const fps = readJson(join(storyDir, f.replace(/\.json$/, '.fp.json'))) as FingerprintFile;
      return compileStory(raw, fps);
    });
  const packs = {
    outlets: makePack(headers.outlets, { outlets }),
    stories: makePack(headers.stories, { stories }),
  };
  for (const [name, pack] of Object.entries(packs)) {
    const problems = validatePack(pack);
    if (problems.length) throw new PackError(`bundled ${name} pack (data/)`, problems);
  }
  // Domains from the curated sources (hand-verified, and imports of rank 1: the state media
  // matrix) that survived the merge: the build lets the content script run by itself on these.
  const curated = new Set([...handOutlets, ...imported.filter((f) => f.rank === 1).flatMap((f) => f.outlets)].flatMap((o) => o.domains));
  const curatedDomains = outlets.flatMap((o) => o.domains).filter((d) => curated.has(d)).sort();
  return { ...packs, curatedDomains };
}

/** A pack file given by the user, validated: every problem listed with its JSON path. */
export function loadPackFile(file: string): Pack {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new PackError(file, [{ path: '$', reason: 'no such file' }]);
  }
  if (size > 200 * 1024 * 1024) throw new PackError(file, [{ path: '$', reason: `is ${Math.round(size / 1048576)} MB; packs over 200 MB are refused` }]);
  const pack = readJson(file);
  const problems = validatePack(pack);
  if (problems.length) throw new PackError(file, problems);
  return pack as Pack;
}
