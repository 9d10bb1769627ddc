import type { ReuseMeasure } from './fingerprint.ts';

/** What a reuse entry says of one source: the share, the passages (first words of each), and which came first. */
export function reuseItem(
  source: { url: string; domain: string; title: string; published: string | null },
  outlet: string,
  measure: ReuseMeasure,
  tokens: readonly string[],
  published: string | null,
) {
  const day = (d: string | null) => (d ? d.slice(0, 10) : null);
  const mine = day(published);
  const theirs = day(source.published);
  return {
    url: source.url,
    outlet,
    domain: source.domain,
    title: source.title,
    published: source.published,
    share: Math.round(measure.share * 1000) / 1000,
    earlier: mine && theirs ? theirs < mine : null,
    passages: measure.passages.slice(0, 5).map(([s, e]) => tokens.slice(s, Math.min(e, s + 8)).join(' ') + (e - s > 8 ? ' …' : '')),
  };
}
