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

/** The host of a URL or a bare domain, lower case; null for anything that is not a web address. */
export function hostOf(input: string): string | null {
  const text = input.trim();
  if (!text || text.length > 2048) return null;
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
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
