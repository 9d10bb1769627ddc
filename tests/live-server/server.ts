/**
 * A local stand-in for the live APIs, on 127.0.0.1 only: GDELT DOC 2.0 (/api/v2/doc/doc),
 * the Wikidata Query Service (/sparql), Google Fact Check Tools (/v1alpha1/claims:search) and
 * coverage pages (/pages/…), each in its real answer format, with fault modes per route.
 * Every request is recorded; the number of requests and the time a slow answer takes are bounded.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { fixturesFor, hostileItems, IRAQ_UNRELATED, toItem } from './gdelt-answers.ts';
import { sparqlAnswer } from './wikidata-answers.ts';
import { claimsAnswer, keyError } from './factcheck-answers.ts';
import { PAGES } from './pages.ts';

export type Route = 'gdelt' | 'wikidata' | 'factcheck' | 'pages';
export type Mode =
  | 'ok'
  | 'slow'
  | '429-once'
  | '429-always'
  | '429-long'
  | '500'
  | '500-once'
  | 'malformed-json'
  | 'html-error'
  | 'truncated'
  | 'huge'
  | 'plain-text-error'
  | 'other-stories'
  | 'hostile';

export interface Recorded {
  route: Route | 'unknown';
  path: string;
  params: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface LiveServer {
  url: string;
  requests: Recorded[];
  mode(route: Route, mode: Mode): void;
  /** Coverage addresses in GDELT answers point at this server (a local mirror) instead of https hosts. */
  servePagesLocally(on: boolean): void;
  reset(): void;
  close(): Promise<void>;
}

const MAX_REQUESTS = 400;
/** Longer than any timeout the tests set, so slow means too slow even on a loaded machine. */
const SLOW_MS = 6000;
const HUGE_BYTES = 8 * 1024 * 1024;

function routeOf(path: string): Route | 'unknown' {
  if (path === '/api/v2/doc/doc') return 'gdelt';
  if (path === '/sparql') return 'wikidata';
  if (path === '/v1alpha1/claims:search') return 'factcheck';
  if (path.startsWith('/pages/')) return 'pages';
  return 'unknown';
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  // CORS open: an extension's worker calling this stand-in without host permission gets its answers.
  res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'access-control-allow-origin': '*', ...headers });
  res.end(body);
}

export async function startLiveServer(): Promise<LiveServer> {
  const requests: Recorded[] = [];
  const modes = new Map<Route, Mode>();
  const counts = new Map<Route, number>();
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let pagesLocally = false;
  let origin = '';

  function answer(route: Route, params: URLSearchParams, path: string): { status: number; type: string; body: string; headers?: Record<string, string> } {
    const mode = modes.get(route) ?? 'ok';
    if (route === 'gdelt') {
      const query = params.get('query') ?? '';
      if (mode === 'plain-text-error') return { status: 200, type: 'text/plain', body: 'The specified phrase is too short.\n' };
      const pagesOrigin = pagesLocally ? origin : null;
      const found = fixturesFor(query);
      const items =
        mode === 'hostile'
          ? hostileItems(pagesOrigin)
          : mode === 'other-stories'
            ? IRAQ_UNRELATED.map((f) => toItem(f, pagesOrigin))
            : [...found.related, ...found.unrelated].map((f) => toItem(f, pagesOrigin));
      return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify(items.length ? { articles: items } : {}) };
    }
    if (route === 'wikidata') return { status: 200, type: 'application/sparql-results+json', body: JSON.stringify(sparqlAnswer(params.get('query') ?? '')) };
    if (route === 'factcheck') {
      const bad = keyError(params.get('key') ?? '');
      if (bad) return { status: bad.status, type: 'application/json; charset=UTF-8', body: JSON.stringify(bad.body) };
      return { status: 200, type: 'application/json; charset=UTF-8', body: JSON.stringify(claimsAnswer(params.get('query') ?? '', mode === 'hostile')) };
    }
    const page = PAGES[path.slice('/pages'.length)];
    return page ? { status: 200, type: 'text/html; charset=utf-8', body: page } : { status: 404, type: 'text/html', body: '<html><head><title>404 Not Found</title></head><body>Not found</body></html>' };
  }

  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = routeOf(u.pathname);
    requests.push({ route, path: u.pathname, params: u.searchParams, headers: req.headers });
    if (requests.length > MAX_REQUESTS) return send(res, 503, 'text/plain', 'request budget of the test server spent');
    if (route === 'unknown') return send(res, 404, 'text/plain', 'no such route');
    const n = (counts.get(route) ?? 0) + 1;
    counts.set(route, n);
    const mode = modes.get(route) ?? 'ok';
    const a = answer(route, u.searchParams, u.pathname);
    switch (mode) {
      case 'slow': {
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) send(res, a.status, a.type, a.body, a.headers);
        }, SLOW_MS);
        timers.add(t);
        return;
      }
      case '429-once':
        if (n === 1) return send(res, 429, 'application/json', '{"error":"Too Many Requests"}', { 'retry-after': '1' });
        break;
      case '429-always':
        return send(res, 429, 'text/plain', 'Please limit requests to one every 5 seconds.', { 'retry-after': '1' });
      case '429-long':
        return send(res, 429, 'text/plain', 'Please limit requests to one every 5 seconds.', { 'retry-after': '3600' });
      case '500':
        return send(res, 500, 'text/plain', 'Internal Server Error');
      case '500-once':
        if (n === 1) return send(res, 500, 'text/plain', 'Internal Server Error');
        break;
      case 'malformed-json':
        return send(res, 200, 'application/json', '{"articles": [{"url": "https://example.org/a", "title": "x",}]}');
      case 'html-error':
        return send(res, 200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><head><title>Service Temporarily Unavailable</title></head><body><h1>Service Temporarily Unavailable</h1><script>alert(1)</script></body></html>');
      case 'truncated': {
        // Declares the full length, sends half, then drops the connection.
        const body = Buffer.from(a.body);
        res.writeHead(200, { 'content-type': a.type, 'content-length': String(body.length + 200) });
        res.write(body.subarray(0, Math.floor(body.length / 2)));
        setImmediate(() => res.socket?.destroy());
        return;
      }
      case 'huge': {
        // Chunked (no length declared): only reading stops it; bounded here too.
        res.writeHead(200, { 'content-type': a.type });
        res.write('{"articles": [');
        const chunk = Buffer.from(JSON.stringify({ url: 'https://example.org/x', title: 'x'.repeat(60_000) }) + ',');
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('{}]}');
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case 'plain-text-error':
        if (route !== 'gdelt') return send(res, 200, 'text/plain', 'Error: query could not be run');
        break;
      default:
        break;
    }
    send(res, a.status, a.type, a.body, a.headers);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    requests,
    mode: (route, mode) => void modes.set(route, mode),
    servePagesLocally: (on) => void (pagesLocally = on),
    reset() {
      requests.length = 0;
      modes.clear();
      counts.clear();
      pagesLocally = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
