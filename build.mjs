// Builds dist/chrome and dist/firefox (+ zips) from src/ and data/. `node build.mjs --watch` rebuilds on change.
import { build, context } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { register } from 'tsx/esm/api';

register();
const { loadBundledPacks } = await import('./src/cli/load-data.ts');
const { makeIcons } = await import('./scripts/make-icons.ts');

const watch = process.argv.includes('--watch');
const root = new URL('.', import.meta.url).pathname;
const base = JSON.parse(readFileSync(`${root}manifest.json`, 'utf8'));

const entries = {
  content: 'src/content/main.ts',
  background: 'src/background/main.ts',
  'popup/popup': 'src/popup/popup.ts',
  'options/options': 'src/options/options.ts',
};

function manifestFor(target, packs) {
  const m = structuredClone(base);
  /**
   * The news sites where the content script runs by itself: outlets from curated sources only — the
   * hand-verified records and the state media matrix (~1,000 domains). The ~4,700 Wikidata-only
   * newspapers are in the directory (the outlet card works there on a toolbar click) but not in the
   * manifest: listing every one would make a 200 KB manifest and ask for access to thousands of
   * small sites the reader may never open.
   */
  const hosts = packs.curatedDomains;
  m.content_scripts[0].matches = hosts.map((h) => `*://*.${h}/*`);
  if (target === 'chrome') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '120';
  } else {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: {
        id: 'backstory@backstory.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}

function filesOf(dir, prefix = '') {
  const files = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, filesOf(path, `${prefix}${entry.name}/`));
    else files[`${prefix}${entry.name}`] = readFileSync(path);
  }
  return files;
}

async function buildTarget(target, packs) {
  const out = `${root}dist/${target}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}/packs`, { recursive: true });
  const options = {
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, `${root}${v}`])),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        // The background's HTML parser: Firefox has DOMParser there, Chrome's service worker does not.
        name: 'parse-html-per-target',
        setup(b) {
          b.onResolve({ filter: /parse-html\/linkedom\.ts$/ }, () => ({
            path: `${root}src/background/parse-html/${target === 'firefox' ? 'dom-parser' : 'linkedom'}.ts`,
          }));
        },
      },
    ],
  };
  if (watch) {
    const ctx = await context(options);
    await ctx.watch();
  } else await build(options);
  for (const page of ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css']) cpSync(`${root}src/${page}`, `${out}/${page}`);
  cpSync(`${root}icons`, `${out}/icons`, { recursive: true });
  writeFileSync(`${out}/packs/outlets.json`, JSON.stringify(packs.outlets));
  writeFileSync(`${out}/packs/stories.json`, JSON.stringify(packs.stories));
  writeFileSync(`${out}/manifest.json`, JSON.stringify(manifestFor(target, packs), null, 2));
  if (!watch) {
    writeFileSync(`${root}dist/backstory-${target}.zip`, zipSync(filesOf(out)));
  }
}

makeIcons(`${root}icons`);
const packs = loadBundledPacks();
for (const target of ['chrome', 'firefox']) await buildTarget(target, packs);
console.log(`built dist/chrome and dist/firefox${watch ? ' (watching)' : ' and their zips'}`);
