/**
 * Merging outlet records from several sources into one directory in which every domain belongs to one
 * outlet. Sources come in order of trust: hand-verified records first, then each import.
 *
 * - A record whose domains are all new is kept as it is.
 * - A record sharing a domain with a record already kept is the same outlet seen by a less trusted
 *   source: it is not kept. If the kept record is hand-verified, it is left as it is and only gains a
 *   note of what the other source says (and where they disagree). If the kept record is imported, it
 *   gains the facts it lacks (languages, country, owners, kind) with the other source's citation, and
 *   the other record's remaining domains; disagreements are noted.
 * - Sister references to a record that was merged away point to the record that absorbed it.
 */
import type { Citation, Outlet, OutletFact } from './outlet.ts';

export interface OutletSource {
  /** Short name for notes ("ASD state media matrix", "Wikidata"). */
  name: string;
  /** Hand-verified records are never changed by a merge, only annotated. */
  hand: boolean;
  outlets: readonly Outlet[];
}

export interface MergeResult {
  outlets: Outlet[];
  /** Records absorbed by another record: id → id of the record kept. */
  absorbed: Map<string, string>;
}

const describe = (o: Outlet) =>
  [
    o.country ?? 'no country',
    o.ownership !== 'unknown' ? o.ownership : null,
    o.stateAffiliated === true ? `state-affiliated${o.state ? ` (${o.state})` : ''}` : o.stateAffiliated === false ? 'not state-affiliated' : null,
    o.typology ? `typology ${o.typology}` : null,
  ]
    .filter(Boolean)
    .join(', ');

function citing(o: Outlet, facts: OutletFact[]): Citation[] {
  return o.citations
    .filter((c) => c.facts.some((f) => facts.includes(f)))
    .map((c) => ({ ...c, facts: c.facts.filter((f) => facts.includes(f) || f === 'domains' || f === 'name') }));
}

function addNote(o: Outlet, note: string) {
  o.notes = o.notes ? `${o.notes} ${note}` : note;
}

/** Where the two records' stated facts differ. */
function disagreements(kept: Outlet, other: Outlet): string[] {
  const out: string[] = [];
  if (kept.country && other.country && kept.country !== other.country) out.push(`country ${kept.country} here, ${other.country} there`);
  if (kept.stateAffiliated !== null && other.stateAffiliated !== null && kept.stateAffiliated !== other.stateAffiliated)
    out.push(`state-affiliated ${kept.stateAffiliated} here, ${other.stateAffiliated} there`);
  if (kept.ownership !== 'unknown' && other.ownership !== 'unknown' && kept.ownership !== other.ownership) out.push(`ownership ${kept.ownership} here, ${other.ownership} there`);
  if (kept.typology && other.typology && kept.typology !== other.typology) out.push(`typology ${kept.typology} here, ${other.typology} there`);
  return out;
}

export function mergeOutletSources(sources: readonly OutletSource[]): MergeResult {
  const kept: Outlet[] = [];
  const hand = new Set<Outlet>();
  const byDomain = new Map<string, Outlet>();
  const absorbed = new Map<string, string>();

  for (const source of sources) {
    for (const original of source.outlets) {
      // Some hand records leave out empty lists; the card and coverage grouping read them as lists.
      if (!Array.isArray(original.owners)) (original as Outlet).owners = [];
      if (!Array.isArray(original.languages)) (original as Outlet).languages = [];
      const targets = [...new Set(original.domains.map((d) => byDomain.get(d)).filter((o): o is Outlet => !!o))];
      if (!targets.length) {
        // Hand records are this load's own parsed copies; imported ones are cloned because merging fills them in.
        const copy: Outlet = source.hand ? original : structuredClone(original);
        kept.push(copy);
        if (source.hand) hand.add(copy);
        for (const d of copy.domains) byDomain.set(d, copy);
        continue;
      }
      const target = targets[0];
      absorbed.set(original.id, target.id);
      const conflicts = disagreements(target, original);
      const seen = `${source.name} also lists ${original.domains.filter((d) => byDomain.get(d) === target).join(', ')} as "${original.name}" (${describe(original)}).`;
      if (hand.has(target)) {
        // Hand-verified: every fact stays as verified; only record what the other source says.
        addNote(target, seen + (conflicts.length ? ` Sources disagree: ${conflicts.join('; ')}; the hand-verified facts are kept.` : ''));
      } else {
        addNote(target, seen + (conflicts.length ? ` Sources disagree: ${conflicts.join('; ')}.` : ''));
        const filled: OutletFact[] = [];
        if (!target.languages.length && original.languages.length) {
          target.languages = [...original.languages];
          filled.push('languages');
        }
        if (!target.country && original.country) {
          target.country = original.country;
          filled.push('country');
        }
        if (!target.owners.length && original.owners.length) {
          target.owners = [...original.owners];
          filled.push('owners');
        }
        if (!target.kind && original.kind) {
          target.kind = original.kind;
          filled.push('kind');
        }
        const extra = original.domains.filter((d) => !byDomain.has(d));
        if (extra.length) {
          target.domains = [...target.domains, ...extra];
          for (const d of extra) byDomain.set(d, target);
          filled.push('domains');
        }
        if (filled.length) target.citations = [...target.citations, ...citing(original, filled)];
      }
      for (const other of targets.slice(1)) addNote(other, `${source.name} lists this outlet's site together with ${target.name}'s under "${original.name}".`);
    }
  }

  // Sister ids of absorbed records now name the record that absorbed them; drop self-references.
  const ids = new Set(kept.map((o) => o.id));
  for (const o of kept) {
    if (!o.sisters || hand.has(o)) continue;
    const sisters = [...new Set(o.sisters.map((s) => absorbed.get(s) ?? s))].filter((s) => s !== o.id && ids.has(s));
    if (sisters.length) o.sisters = sisters;
    else delete o.sisters;
  }
  return { outlets: kept, absorbed };
}
