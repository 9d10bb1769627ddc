import { parseArgs } from 'node:util';
import { buildKnowledgeBase } from '../core/packs/knowledge-base.ts';
import { buildReport, outletCard } from '../core/report.ts';
import { resolveOutlet } from '../core/outlets/resolve-outlet.ts';
import { validatePack } from '../core/packs/validate-pack.ts';
import type { Pack } from '../core/packs/pack.ts';
import { loadBundledPacks, loadPackFile, PackError } from './load-data.ts';
import { articleFromPage, InputError, readPageFile } from './read-page.ts';
import { formatReport } from './format-report.ts';
import { buildPack } from './build-pack.ts';
import { analyzeLive, formatLive, liveProblems, parseLiveSources } from './live.ts';

const USAGE = `backstory — source context for news pages

Usage:
  backstory extract FILE [--url URL] [--json]
  backstory analyze FILE [--url URL] [--pack PACK]… [--no-bundled] [--live SOURCES] [--factcheck-key KEY] [--json]
  backstory outlet URL|DOMAIN [--json]
  backstory outlets --stats [--json]
  backstory pack validate PACK
  backstory pack build INPUT --out PACK [--title T]

FILE is .html, .html.gz or .txt (first line the headline, then paragraphs separated by blank lines).
SOURCES (off unless given): gdelt,wikidata,factcheck,fetch — see docs/live-sources.md for what each sends.
Exit codes: 0 success, 1 bad input, 2 usage error.`;

class UsageError extends Error {}

function usage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function print(value: unknown, json: boolean, text: () => string) {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : text() + '\n');
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          url: { type: 'string' },
          pack: { type: 'string', multiple: true },
          'no-bundled': { type: 'boolean' },
          json: { type: 'boolean' },
          stats: { type: 'boolean' },
          out: { type: 'string' },
          title: { type: 'string' },
          live: { type: 'string' },
          'factcheck-key': { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  })();
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return command || values.help ? 0 : 2;
  }
  const json = !!values.json;
  const live = values.live === undefined ? null : usage(() => parseLiveSources(values.live as string));
  if (live && command !== 'analyze') throw new UsageError('--live works with analyze only');

  switch (command) {
    case 'extract': {
      if (rest.length !== 1) throw new UsageError('extract takes one FILE');
      const article = articleFromPage(readPageFile(rest[0]), values.url ?? null);
      const out = {
        isArticle: article.isArticle,
        title: article.title,
        byline: article.byline,
        published: article.published,
        dateline: article.dateline,
        lang: article.lang,
        siteName: article.siteName,
        canonicalUrl: article.canonicalUrl,
        text: article.paragraphs.join('\n\n'),
        paragraphs: article.paragraphs,
        quotes: article.quotes,
      };
      print(out, json, () => `${out.title ?? '(no title)'}\n${out.published ?? ''} ${out.lang ?? ''}\n\n${out.text}`);
      return 0;
    }
    case 'analyze': {
      if (rest.length !== 1) throw new UsageError('analyze takes one FILE');
      const page = readPageFile(rest[0]);
      const bundled = loadBundledPacks();
      const packs: Pack[] = [bundled.outlets];
      if (!values['no-bundled']) packs.push(bundled.stories);
      for (const file of values.pack ?? []) packs.push(loadPackFile(file));
      const kb = buildKnowledgeBase(packs);
      const article = articleFromPage(page, values.url ?? null);
      const report = buildReport(article, kb, values.url ?? null);
      if (live) {
        // A failed source never costs the pack-based report: it is printed in full, the failure beside it.
        const extended = await analyzeLive(report, article, kb, values.url ?? null, { sources: live, factcheckKey: values['factcheck-key'] });
        print(extended, json, () => formatReport(extended) + '\n' + formatLive(extended));
        if (!json) for (const line of liveProblems(extended)) process.stderr.write(line + '\n');
        return 0;
      }
      print(report, json, () => formatReport(report));
      return 0;
    }
    case 'outlet': {
      if (rest.length !== 1) throw new UsageError('outlet takes one URL or DOMAIN');
      const kb = buildKnowledgeBase([loadBundledPacks().outlets]);
      const outlet = resolveOutlet(kb.outlets, rest[0]);
      const card = outlet ? outletCard(outlet, rest[0]) : null;
      print(card, json, () => (card ? `${card.name} (${card.country ?? '?'}) — ${card.ownership}${card.stateAffiliated ? ', state-affiliated' : ''}` : 'unknown outlet'));
      return 0;
    }
    case 'outlets': {
      if (!values.stats) throw new UsageError('outlets takes --stats');
      const outlets = loadBundledPacks().outlets.outlets ?? [];
      const stats = {
        outlets: outlets.length,
        countries: new Set(outlets.map((o) => o.country).filter(Boolean)).size,
        domains: outlets.reduce((n, o) => n + o.domains.length, 0),
        stateAffiliated: outlets.filter((o) => o.stateAffiliated).length,
      };
      print(stats, json, () => `${stats.outlets} outlets, ${stats.countries} countries, ${stats.domains} domains`);
      return 0;
    }
    case 'pack': {
      const [sub, target] = rest;
      if (sub === 'validate') {
        if (!target) throw new UsageError('pack validate takes a PACK file');
        try {
          const pack = loadPackFile(target);
          const stories = pack.stories ?? [];
          process.stdout.write(
            `${target}: valid pack "${pack.id}" ${pack.version}: ${pack.outlets?.length ?? 0} outlets, ${stories.length} stories, ${stories.reduce((n, s) => n + s.articles.length, 0)} articles\n`,
          );
          return 0;
        } catch (e) {
          if (e instanceof PackError) {
            process.stderr.write(e.message + '\n');
            return 1;
          }
          throw e;
        }
      }
      if (sub === 'build') {
        if (!target || !values.out) throw new UsageError('pack build takes INPUT and --out PACK');
        // Each article is validated as it is built (see build-pack.ts); broken lines are listed
        // and the rest is built, so the exit code says whether any line was left out.
        const result = await buildPack(target, values.out, values.title ?? null);
        process.stdout.write(result.summary + '\n');
        return result.errors.length ? 1 : 0;
      }
      throw new UsageError(`unknown pack command "${sub ?? ''}"`);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`backstory: ${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (e instanceof InputError || e instanceof PackError) {
      process.stderr.write(`backstory: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`backstory: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
