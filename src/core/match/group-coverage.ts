import { hashesOf, type IndexedArticle, type KnowledgeBase } from '../packs/knowledge-base.ts';
import { resolveOutlet } from '../outlets/resolve-outlet.ts';
import type { Outlet } from '../outlets/outlet.ts';

export interface CoverageGroup {
  id: string;
  /** What the members share: a wire report, an owner, or a near-copy of one text. */
  reason: 'wire' | 'owner' | 'copy' | 'single' | 'this-owner';
  label: string;
  members: string[];
}

/** Two coverage texts sharing this fraction of the smaller one's fingerprints are one text reprinted. */
const COPY_OVERLAP = 0.5;

function ultimateOwner(outlet: Outlet | null): string | null {
  if (!outlet) return null;
  return outlet.owners.length ? outlet.owners[outlet.owners.length - 1] : null;
}

/**
 * Groups coverage so that one source counts once: reprints of one wire report, outlets of one
 * ultimate owner (from the outlet directory) and near-copies (shared fingerprints) join a group;
 * coverage by this page's own owner is not independent of it.
 */
export function groupCoverage(kb: KnowledgeBase, articles: readonly IndexedArticle[], pageOutlet: Outlet | null): CoverageGroup[] {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const reasons = new Map<number, CoverageGroup['reason']>();
  const keyOwner = new Map<string, number>();
  const keyWire = new Map<string, number>();
  const outlets = articles.map((a) => resolveOutlet(kb.outlets, a.url) ?? resolveOutlet(kb.outlets, a.domain));
  articles.forEach((a, i) => {
    if (a.wire) {
      const k = a.wire.toLowerCase();
      if (keyWire.has(k)) union(i, keyWire.get(k)!);
      else keyWire.set(k, i);
    }
    const owner = ultimateOwner(outlets[i]) ?? outlets[i]?.id;
    if (owner) {
      if (keyOwner.has(owner)) union(i, keyOwner.get(owner)!);
      else keyOwner.set(owner, i);
    }
  });
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      const a = hashesOf(articles[i]);
      const b = hashesOf(articles[j]);
      const small = Math.min(a.size, b.size);
      if (small < 8) continue;
      const shared = a.shared(b);
      if (shared / small >= COPY_OVERLAP) {
        union(i, j);
        reasons.set(find(i), 'copy');
      }
    }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const pageOwner = ultimateOwner(pageOutlet) ?? pageOutlet?.id ?? null;
  return [...groups.values()].map((members) => {
    const wires = new Set(members.map((i) => articles[i].wire).filter(Boolean));
    const owners = new Set(members.map((i) => ultimateOwner(outlets[i]) ?? outlets[i]?.id).filter(Boolean));
    const first = articles[members[0]];
    let reason: CoverageGroup['reason'] = 'single';
    let label = first.outlet;
    if (members.length > 1) {
      if (wires.size === 1) {
        reason = 'wire';
        label = `${[...wires][0]} report`;
      } else if (owners.size === 1 && members.every((i) => outlets[i])) {
        reason = 'owner';
        label = [...owners][0] as string;
      } else {
        reason = 'copy';
        label = `Same text as ${first.outlet}`;
      }
    }
    if (pageOwner && members.some((i) => (ultimateOwner(outlets[i]) ?? outlets[i]?.id) === pageOwner)) reason = 'this-owner';
    return { id: `g${members[0]}`, reason, label, members: members.map((i) => articles[i].url) };
  });
}
