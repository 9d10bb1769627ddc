/** `backstory analyze --live …`: the live sources wired to Node (global fetch, linkedom, env endpoints). */
import { parseHTML } from 'linkedom';
import type { Article } from '../core/article/article.ts';
import type { KnowledgeBase } from '../core/packs/knowledge-base.ts';
import { resolveOutlet } from '../core/outlets/resolve-outlet.ts';
import type { Report } from '../core/report.ts';
import type { Endpoints } from '../core/live/endpoints.ts';
import { runLive } from '../core/live/run-live.ts';
import { LIVE_SOURCES, type LiveSourceName } from '../core/live/types.ts';
import { withLive, type LiveReport } from '../core/live/with-live.ts';
import { InputError } from './read-page.ts';

export class LiveUsageError extends Error {}

/** "gdelt,wikidata" → the sources, in the order given; anything else is a usage error. */
export function parseLiveSources(value: string): LiveSourceName[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!names.length) throw new LiveUsageError(`--live takes a comma-separated list of ${LIVE_SOURCES.join(', ')}`);
  for (const n of names) if (!(LIVE_SOURCES as readonly string[]).includes(n)) throw new LiveUsageError(`--live: unknown source "${n}" (known: ${LIVE_SOURCES.join(', ')})`);
  return [...new Set(names)] as LiveSourceName[];
}

const ENV: Record<keyof Endpoints, string> = { gdelt: 'BACKSTORY_GDELT_URL', wikidata: 'BACKSTORY_WIKIDATA_URL', factcheck: 'BACKSTORY_FACTCHECK_URL' };

/** Endpoint bases from the environment (a mirror or a local test server); unset ones keep the defaults. */
export function endpointsFromEnv(env: NodeJS.ProcessEnv): Partial<Endpoints> {
  const out: Partial<Endpoints> = {};
  for (const [source, name] of Object.entries(ENV) as Array<[keyof Endpoints, string]>) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (!/^https?:\/\/[^\s]+$/i.test(value)) throw new InputError(`${name}: "${value}" is not an http(s) address`);
    out[source] = value;
  }
  return out;
}

function timeoutFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.BACKSTORY_LIVE_TIMEOUT?.trim();
  if (!value) return undefined;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0 || s > 600) throw new InputError(`BACKSTORY_LIVE_TIMEOUT: "${value}" is not a number of seconds (0–600)`);
  return s * 1000;
}

export async function analyzeLive(
  report: Report,
  article: Article,
  kb: KnowledgeBase,
  pageUrl: string | null,
  options: { sources: LiveSourceName[]; factcheckKey?: string; env?: NodeJS.ProcessEnv },
): Promise<LiveReport> {
  const env = options.env ?? process.env;
  const timeoutMs = timeoutFromEnv(env);
  const live = await runLive(article, pageUrl, {
    sources: options.sources,
    fetch: (url, init) => fetch(url, init),
    endpoints: endpointsFromEnv(env),
    http: timeoutMs ? { timeoutMs } : {},
    factcheckKey: options.factcheckKey ?? env.BACKSTORY_FACTCHECK_KEY ?? null,
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    outletKnown: !!(pageUrl && resolveOutlet(kb.outlets, pageUrl)),
    userAgent: 'backstory-cli/0.1 (news context tool; live sources on request)',
  });
  return withLive(report, article, live, kb);
}

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** The live part of the report for a terminal, after the pack-based report. All strings come sanitised from core. */
export function formatLive(r: LiveReport): string {
  const lines: string[] = ['', 'Live sources:'];
  for (const s of r.live.sources) lines.push(`  ${s.name}: ${s.ok ? 'ok' : 'FAILED'} — ${s.message} (${s.requests} request${s.requests === 1 ? '' : 's'}${s.fetched ? `, fetched ${s.fetched}` : ''})`);
  const coverage = r.coverage.filter((c) => 'live' in c);
  if (coverage.length) {
    lines.push(`Live coverage (${coverage.length}):`);
    for (const c of coverage.slice(0, 20)) lines.push(`  ${cut(c.title, 100)} — ${c.outlet} (${c.lang}, ${c.published?.slice(0, 10) ?? 'undated'}) ${c.url}`);
  }
  for (const q of r.quotes) {
    const liveSources = q.sources.filter((s) => s.live);
    if (liveSources.length) lines.push(`  “${cut(q.text, 60)}”: ${q.verdict} in fetched coverage (${liveSources.map((s) => s.outlet).slice(0, 3).join(', ')})`);
    for (const f of q.factChecks ?? []) lines.push(`  Fact-check of “${cut(q.text, 60)}”: ${f.publisher}: ${cut(f.textualRating, 80)} — ${f.url}`);
  }
  for (const x of r.reuse.filter((x) => 'live' in x)) lines.push(`  Reuse (fetched): ${Math.round(x.share * 100)} % of this text is in ${x.outlet}'s page ${x.url}`);
  if (r.outlet && 'live' in r.outlet) lines.push(`  Outlet from Wikidata: ${r.outlet.name} — ${r.outlet.sources[0]?.url ?? ''}`);
  return lines.join('\n');
}

/** One line per source that failed, for stderr in text mode. */
export function liveProblems(r: LiveReport): string[] {
  return r.live.sources.filter((s) => !s.ok).map((s) => `backstory: live source ${s.name} failed: ${s.message}`);
}
