import type { Clock } from '../../src/core/live/clock.ts';
import type { FetchLike } from '../../src/core/live/types.ts';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startLiveServer, type LiveServer } from './server.ts';

/** A clock whose sleeps return at once and move time on, recording how long each would have been. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public t = Date.parse('2020-02-01T12:00:00Z')) {}
  now() {
    return this.t;
  }
  async sleep(ms: number) {
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
  }
}

const API_HOSTS = new Set(['api.gdeltproject.org', 'query.wikidata.org', 'factchecktools.googleapis.com']);

/**
 * A fetch that sends everything to the local server, whatever the address: API hosts keep their
 * path, any other host is served as a coverage page. The core is exercised with its real default
 * endpoints while no request can leave the machine; `asked` records the addresses as requested.
 */
export function routedFetch(server: LiveServer, asked: string[]): FetchLike {
  return async (url, init) => {
    asked.push(url);
    const u = new URL(url);
    const target = API_HOSTS.has(u.hostname) ? `${server.url}${u.pathname}${u.search}` : `${server.url}/pages${u.pathname}${u.search}`;
    const res = await fetch(target, init);
    // The caller checks where the answer came from: report the address it asked for.
    Object.defineProperty(res, 'url', { value: url });
    return res;
  };
}

/** One stand-in server for a test file: started before its tests, reset before each, closed after. */
export function useLiveServer(): { readonly server: LiveServer } {
  const holder = {} as { server: LiveServer };
  beforeAll(async () => {
    holder.server = await startLiveServer();
  });
  afterAll(() => holder.server.close());
  beforeEach(() => holder.server.reset());
  return holder;
}
