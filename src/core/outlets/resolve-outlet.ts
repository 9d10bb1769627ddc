import { parse } from 'tldts';
import type { Outlet } from './outlet.ts';

export interface OutletIndex {
  /** Registrable domain or full host → outlet. */
  byDomain: Map<string, Outlet>;
  outlets: Outlet[];
}

export function indexOutlets(outlets: readonly Outlet[]): OutletIndex {
  const byDomain = new Map<string, Outlet>();
  for (const outlet of outlets) for (const domain of outlet.domains) byDomain.set(domain.toLowerCase(), outlet);
  return { byDomain, outlets: [...outlets] };
}

/**
 * AMP caches serve a publisher's page under their own host; the publisher's host is in the path
 * (https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/x, https://www.google.com/amp/s/www.bbc.com/x)
 * or, for the cache, encoded in the first label ("-" for ".", "--" for "-").
 */
function unwrapAmp(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const cache = host.endsWith('.cdn.ampproject.org');
  const google = /^(?:www\.)?google\.[a-z.]+$/.test(host);
  if (!cache && !google) return null;
  const inPath = (cache ? /^\/[cvi]\/(?:s\/)?([^/?#]+)/ : /^\/amp\/(?:s\/)?([^/?#]+)/).exec(url.pathname)?.[1];
  if (inPath) return inPath;
  if (!cache) return null;
  const label = host.slice(0, -'.cdn.ampproject.org'.length);
  // Punycode-style labels are hashes of hosts too long or not ASCII: nothing to decode.
  if (label.includes('.') || label.startsWith('xn--')) return null;
  return label.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
}

/** The host of a URL or a bare domain, lower case; null for anything that is not a web address. */
export function hostOf(input: string): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (!text || text.length > 2048) return null;
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/\//, '')}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
    const inner = unwrapAmp(url);
    if (inner) host = new URL(`https://${inner}`).hostname;
  } catch {
    return null;
  }
  return host.replace(/\.$/, '').toLowerCase() || null;
}

/**
 * The outlet behind a URL or domain: the most specific known host first (a language edition on a
 * subdomain can be its own outlet), then each parent domain up to the registrable domain
 * (public suffix list via tldts), so www., m., amp. and regional subdomains resolve. IP addresses,
 * localhost and unknown domains resolve to null, never to a guess.
 */
export function resolveOutlet(index: OutletIndex, input: string): Outlet | null {
  const host = hostOf(input);
  if (!host) return null;
  const info = parse(host);
  if (info.isIp || !info.domain) return null;
  const labels = host.split('.');
  const domainLabels = info.domain.split('.').length;
  for (let i = 0; i + domainLabels <= labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    const outlet = index.byDomain.get(candidate);
    if (outlet) return outlet;
  }
  return null;
}

export function registrableDomain(input: string): string | null {
  const host = hostOf(input);
  return host ? parse(host).domain : null;
}
