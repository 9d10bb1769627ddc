import type { Ownership } from '../outlets/outlet.ts';

/**
 * There is no "state media" property in Wikidata: ownership is read from what the owners are
 * (instance of, P31). Deliberately few classes, each unambiguous; anything else leaves the
 * ownership "unknown" rather than guessed.
 */
const STATE = new Set(['Q7188' /* government */, 'Q327333' /* government agency */, 'Q192350' /* ministry */, 'Q2659904' /* government organization */, 'Q270791' /* state-owned enterprise */, 'Q6256' /* country */, 'Q3624078' /* sovereign state */, 'Q7275' /* state */]);
const PARTY = new Set(['Q7278' /* political party */]);
const NONPROFIT = new Set(['Q163740' /* nonprofit organization */]);
const PRIVATE = new Set(['Q4830453' /* business */, 'Q891723' /* public company */, 'Q783794' /* company */]);

export function ownershipOf(types: ReadonlySet<string>): Ownership | null {
  for (const t of types) if (STATE.has(t)) return 'state';
  for (const t of types) if (PARTY.has(t)) return 'party';
  for (const t of types) if (NONPROFIT.has(t)) return 'nonprofit';
  for (const t of types) if (PRIVATE.has(t)) return 'private';
  return null;
}

/** The outlet's kind in the directory's words, from its own P31. */
const KINDS: Record<string, string> = {
  Q11032: 'newspaper', Q1110794: 'newspaper', Q1153191: 'newspaper', Q192283: 'agency', Q14350: 'broadcaster',
  Q1616075: 'broadcaster', Q15265344: 'broadcaster', Q41298: 'magazine', Q35127: 'website', Q1193236: 'news media',
};

export function kindOf(types: readonly string[]): string | undefined {
  for (const t of types) if (KINDS[t]) return KINDS[t];
  return undefined;
}

export const isNewsType = (types: readonly string[]) => types.some((t) => KINDS[t]);
