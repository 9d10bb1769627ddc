import { parse } from 'tldts';
import { isLoopback } from './endpoints.ts';

/**
 * May a coverage address from a search answer be fetched? Only public web hosts: an answer
 * must not make the reader's browser request an IP address, a router or an intranet name.
 * Loopback is allowed only when the caller says so: a local mirror that also serves the pages.
 */
export function fetchableHost(url: string, allowLoopback: boolean): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = u.hostname;
  } catch {
    return false;
  }
  if (allowLoopback && isLoopback(url)) return true;
  const info = parse(host);
  return !info.isIp && !!info.domain && !!info.isIcann;
}
