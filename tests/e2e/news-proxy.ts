/**
 * A loopback HTTP proxy that plays the news site: the browser under test is pointed at it, so the
 * seed page loads under its real address (http://www.radiohc.cu/…) and every request the browser
 * makes is logged — which is how the tests prove that Backstory itself sends nothing.
 */
import { createServer, request, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface ProxyLog {
  method: string;
  url: string;
}

export interface NewsProxy {
  port: number;
  log: ProxyLog[];
  close: () => Promise<void>;
}

/**
 * Serves `pages` (absolute http URL → file path); requests to a host in `forward` (host:port → a
 * loopback server) are passed on to it; anything else is logged and refused with 404/close.
 */
export async function startNewsProxy(pages: Record<string, string>, forward: Record<string, number> = {}): Promise<NewsProxy> {
  const log: ProxyLog[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url?.startsWith('http') ? req.url : `http://${req.headers.host}${req.url}`;
    log.push({ method: req.method ?? 'GET', url });
    const target = forward[new URL(url).host];
    if (target) {
      const u = new URL(url);
      const upstream = request({ host: '127.0.0.1', port: target, path: u.pathname + u.search, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
      return;
    }
    const file = pages[url.split('#')[0]];
    if (file) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Requests the browser itself makes on its own (update checks, captive-portal probes), not the extension. */
export const BROWSER_OWN = /(?:^|\.)(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(?:org|com|net)|firefox\.com|mozaws\.net|digicert\.com)(?::\d+)?(?:\/|$)/;

export const SEED_URL = 'http://www.radiohc.cu/en/noticias/internacionales/211284-pentagon-insists-us-military-has-no-plans-to-leave-iraq';
export const SEED_FILE = new URL('../../../shared/fixtures/seed/radiohc-211284.html', import.meta.url).pathname;
/** A single-page app on a known news domain. */
export const SPA_URL = 'http://www.radiohc.cu/en/app';
export const PLAIN_URL = 'http://blog.example.org/recipes/bread';
