/** Where each source is asked. Bases can be pointed at a mirror or a local test server; paths are the APIs'. */
export interface Endpoints {
  gdelt: string;
  wikidata: string;
  factcheck: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
  gdelt: 'https://api.gdeltproject.org',
  wikidata: 'https://query.wikidata.org',
  factcheck: 'https://factchecktools.googleapis.com',
};

export const API_PATHS = {
  gdelt: '/api/v2/doc/doc',
  wikidata: '/sparql',
  factcheck: '/v1alpha1/claims:search',
} as const;

/** base + API path + query, with the base's own path kept (a mirror may live under a prefix). */
export function endpointUrl(base: string, path: string, params: Record<string, string>): string {
  const url = new URL(base);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  url.search = new URLSearchParams(params).toString();
  return url.href;
}

/** Is this address on this machine? (A local mirror may serve coverage pages from loopback too.) */
export function isLoopback(base: string): boolean {
  try {
    const host = new URL(base).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}
