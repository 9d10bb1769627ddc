import type { Report } from '../core/report.ts';

const pct = (x: number) => `${Math.round(x * 100)} %`;
const day = (d: string | null) => (d ? new Date(d.slice(0, 10) + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : 'undated');

/** The Report in brief, for a terminal. */
export function formatReport(r: Report): string {
  const lines: string[] = [];
  lines.push(`${r.article.title ?? '(untitled)'}${r.article.published ? ` — ${day(r.article.published)}` : ''}`);
  if (r.outlet) {
    const o = r.outlet;
    lines.push(`Outlet: ${o.name} (${o.country ?? '?'}) — ${o.ownership}${o.stateAffiliated ? `, state-affiliated${o.state ? ` (${o.state})` : ''}` : ''}`);
    if (o.owners.length) lines.push(`  owned by ${o.owners.join(' → ')}`);
    if (o.languages.length) lines.push(`  publishes in ${o.languages.join(', ')}`);
  } else lines.push('Outlet: not in the directory');
  if (r.story) {
    lines.push(`Story: ${r.story.title} (match ${r.story.score})`);
    const langs = [...new Set(r.coverage.map((c) => c.lang))].join(', ');
    lines.push(`  ${r.coverage.length} coverage items in ${langs}; ${r.independentSources} independent sources`);
  } else lines.push('Story: none of the packs has this story');
  for (const q of r.quotes) {
    const carriers = q.sources.filter((s) => s.relation === q.verdict).map((s) => s.outlet);
    lines.push(`Quote “${q.text.length > 70 ? q.text.slice(0, 69) + '…' : q.text}” — ${q.speaker ?? 'speaker unknown'}: ${q.verdict}${carriers.length ? ` (${carriers.slice(0, 3).join(', ')}${carriers.length > 3 ? ` +${carriers.length - 3}` : ''})` : ''}`);
  }
  const top = r.reuse[0];
  if (top) lines.push(`Reuse: ${pct(top.share)} of this text is in ${top.outlet}'s report of ${day(top.published)}${top.earlier ? ', published earlier' : ''}`);
  return lines.join('\n');
}
