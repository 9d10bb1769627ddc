import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLiveServer, type LiveServer, type Mode, type Route } from '../live-server/server.ts';
import { VALID_KEY } from '../live-server/factcheck-answers.ts';
import { FERRY_ARTICLE, FERRY_URL } from '../live-server/pages.ts';
import { SEED_HTML, SEED_URL } from './helpers.ts';

const BIN = new URL('../../bin/backstory.mjs', import.meta.url).pathname;

let server: LiveServer;
let dir: string;
beforeAll(async () => {
  server = await startLiveServer();
  dir = mkdtempSync(join(tmpdir(), 'backstory-live-'));
  writeFileSync(join(dir, 'ferry.html'), FERRY_ARTICLE);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

/** Runs the CLI as a user would, its live endpoints pointed at the local server (async: the server answers meanwhile). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { ...process.env, BACKSTORY_GDELT_URL: server.url, BACKSTORY_WIKIDATA_URL: server.url, BACKSTORY_FACTCHECK_URL: server.url, BACKSTORY_FACTCHECK_KEY: VALID_KEY, ...env },
        maxBuffer: 32 * 1024 * 1024,
        timeout: 60_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const seedArgs = ['analyze', SEED_HTML, '--url', SEED_URL];
/** The seed's report without --live (with the BACKSTORY_* variables set all the same), run once per mode. */
const baselines = new Map<boolean, ReturnType<typeof cli>>();
function baseline(json: boolean) {
  if (!baselines.has(json)) baselines.set(json, cli(json ? [...seedArgs, '--json'] : seedArgs));
  return baselines.get(json)!;
}
const withoutLive = (r: Record<string, unknown>) => {
  const { live: _live, ...rest } = r;
  return rest;
};

// Each case starts the CLI (tsx) one or more times: seconds each on a shared machine.
describe('backstory analyze --live', { timeout: 120_000 }, () => {
  it('sends not one request with the defaults, whatever the environment points at', async () => {
    for (const json of [true, false]) expect((await baseline(json)).code).toBe(0);
    expect(server.requests).toEqual([]);
  });

  it('refuses unknown sources and --live on other commands, before any request', async () => {
    const bad = await cli([...seedArgs, '--live', 'gdelt,twitter']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--live: unknown source "twitter" \(known: gdelt, wikidata, factcheck, fetch\)/);
    const other = await cli(['extract', SEED_HTML, '--live', 'gdelt']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/--live works with analyze only/);
    expect(server.requests).toEqual([]);
  });

  it('with every source on: sends terms not the address, adds live coverage, corroboration and fact-checks', async () => {
    server.servePagesLocally(true);
    const r = await cli([...seedArgs, '--no-bundled', '--live', 'gdelt,wikidata,factcheck,fetch', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.live.sources.map((s: { name: string; ok: boolean }) => [s.name, s.ok])).toEqual([['gdelt', true], ['wikidata', true], ['factcheck', true], ['fetch', true]]);
    // What left: GDELT got key terms and dates; Fact Check got quotes; pages were the coverage GDELT found.
    const gdelt = server.requests.filter((q) => q.route === 'gdelt');
    expect(gdelt).toHaveLength(1);
    expect(gdelt[0].params.get('query')).toMatch(/^iraq pentagon \(esper OR .+\) sourcelang:english$/);
    expect(gdelt[0].headers['user-agent']).toMatch(/^backstory-cli/);
    for (const q of server.requests) expect(q.params.toString() + q.path).not.toMatch(/radiohc|211284/i);
    expect(server.requests.filter((q) => q.route === 'wikidata')).toEqual([]);
    expect(server.requests.filter((q) => q.route === 'pages').map((q) => q.path).sort()).toEqual(['/pages/internacional/pentagono-irak-carta', '/pages/news/esper-iraq-troops-draft-letter', '/pages/world/2020/01/07/pentagon-iraq-letter']);
    expect(report.coverage).toHaveLength(3);
    for (const c of report.coverage) {
      expect(c.live).toBe(true);
      expect(new Date(c.fetched).toISOString()).toBe(c.fetched);
    }
    const esper = report.quotes.find((q: { text: string }) => q.text === "There's been no decision whatsoever to leave Iraq");
    expect(esper.verdict).toBe('verbatim');
    expect(esper.factChecks).toEqual([expect.objectContaining({ publisher: 'Checkpoint Desk', textualRating: 'False', live: true })]);
    expect(report.outlet.name).toBe('Radio Habana Cuba');
  });

  it('looks up an unknown outlet in Wikidata, cited to the item', async () => {
    const r = await cli(['analyze', join(dir, 'ferry.html'), '--url', FERRY_URL, '--live', 'wikidata', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.outlet).toMatchObject({ name: 'Port Elin Courier', country: 'GB', ownership: 'private', owners: ['Elin Media Group', 'Harbour Holdings Trust'], live: true });
    expect(report.outlet.sources[0].url).toBe('https://www.wikidata.org/wiki/Q98765001');
    expect(server.requests.map((q) => q.route)).toEqual(['wikidata', 'wikidata']);
  });

  const faults: Array<[string, Partial<Record<Route, Mode>>, Record<string, RegExp>, Record<string, string>?]> = [
    ['500 and malformed JSON', { gdelt: '500', factcheck: 'malformed-json' }, { gdelt: /^server error \(HTTP 500\) after 3 attempts$/, factcheck: /^the answer is not valid JSON/ }],
    ['truncated and HTML error page', { gdelt: 'truncated', factcheck: 'html-error' }, { gdelt: /cut off|closed before the answer was complete/, factcheck: /^answered with an HTML page \("Service Temporarily Unavailable"\) instead of JSON$/ }],
    ['a huge answer and a rate limit beyond waiting', { gdelt: 'huge', factcheck: '429-long' }, { gdelt: /^the answer is more than the 5 MB allowed; cut off and ignored$/, factcheck: /^rate-limited \(HTTP 429\): the server asks to wait 3600 s; gave up$/ }],
    ['other stories only and a slow server', { gdelt: 'other-stories', factcheck: 'slow' }, { gdelt: /^0 related articles found; 3 other results dropped/, factcheck: /^no complete answer within 2 s \(timed out\)$/ }, { BACKSTORY_LIVE_TIMEOUT: '2' }],
  ];

  it.each(faults)('with %s: the pack-based report in full, and each fault in report.live', async (_name, modes, messages, env = {}) => {
    const before = await baseline(true);
    for (const [route, mode] of Object.entries(modes)) server.mode(route as Route, mode);
    const r = await cli([...seedArgs, '--live', 'gdelt,factcheck', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const expected = JSON.parse(before.stdout);
    // Fact-checks that failed add an empty field to nothing; the rest is the baseline, unchanged.
    expect(withoutLive(report)).toEqual(expected);
    for (const [name, message] of Object.entries(messages)) {
      const s = report.live.sources.find((x: { name: string }) => x.name === name);
      expect(s.message).toMatch(message);
    }
    expect(report.live.sources.find((x: { name: string }) => x.name === 'factcheck').ok).toBe(false);
  });

  it('in text mode prints the pack-based report in full and the faults on stderr; an invalid key says so', async () => {
    const before = await baseline(false);
    server.mode('gdelt', 'html-error');
    const r = await cli([...seedArgs, '--live', 'gdelt,factcheck'], { BACKSTORY_FACTCHECK_KEY: 'wrong-key' });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(before.stdout.trimEnd())).toBe(true);
    expect(r.stderr.trim().split('\n')).toEqual([
      'backstory: live source gdelt failed: answered with an HTML page ("Service Temporarily Unavailable") instead of JSON',
      'backstory: live source factcheck failed: the API key was refused (API_KEY_INVALID): API key not valid. Please pass a valid API key. Check the key and that the Fact Check Tools API is enabled for it.',
    ]);
    expect(server.requests.filter((q) => q.route === 'factcheck')).toHaveLength(1);
  });

  it('shows hostile answers as inert text and follows none of their addresses', async () => {
    server.servePagesLocally(true);
    server.mode('gdelt', 'hostile');
    server.mode('factcheck', 'hostile');
    // Without fetch, GDELT's own headlines are what is shown.
    const r = await cli([...seedArgs, '--live', 'gdelt,factcheck']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('<script>alert("x")</script><img src=x onerror=alert(1)> Pentagon: no decision to leave Iraq');
    expect(r.stdout).toContain('Fact-check of “There\'s been no decision whatsoever to leave Iraq”: <script>alert(1)</script>Checkpoint Desk: Misleading ]0;pwned — https://checkpointdesk.org/2020/01/iraq-letter');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).not.toMatch(/javascript:/);
    expect(r.stdout.split('\n').every((line) => line.length < 1000)).toBe(true);
    // With fetch on, only the listed coverage pages of the local mirror are fetched: no script or private address.
    server.reset();
    server.servePagesLocally(true);
    server.mode('gdelt', 'hostile');
    const f = await cli([...seedArgs, '--live', 'gdelt,fetch', '--json']);
    expect(f.code, f.stderr).toBe(0);
    const pages = server.requests.filter((x) => x.route === 'pages').map((q) => q.path);
    expect(pages.sort()).toEqual(['/pages/news/esper-iraq-troops-draft-letter', '/pages/world/2020/01/07/pentagon-iraq-letter']);
    expect(server.requests.map((q) => q.route).filter((x) => x !== 'pages')).toEqual(['gdelt']);
  });
});
