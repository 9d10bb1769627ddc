export type Ownership = 'state' | 'public' | 'private' | 'nonprofit' | 'party' | 'cooperative' | 'unknown';

export type OutletFact = 'name' | 'country' | 'ownership' | 'stateAffiliated' | 'owners' | 'languages' | 'typology' | 'domains' | 'kind' | 'sisters';

export interface Citation {
  url: string;
  title?: string;
  /** Which facts of the record this source supports. */
  facts: OutletFact[];
  /** What the source says, in our words. */
  says?: string;
}

export interface Outlet {
  id: string;
  name: string;
  domains: string[];
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  kind?: string;
  ownership: Ownership;
  /** null when no source says. */
  stateAffiliated: boolean | null;
  /** Which state, when state-affiliated (alpha-2). */
  state?: string;
  /** State Media Monitor typology code, when listed. */
  typology?: string;
  /** Owner chain, nearest owner first, ultimate owner last. */
  owners: string[];
  languages: string[];
  /** Ids of sister outlets (same owner) in the same directory. */
  sisters?: string[];
  citations: Citation[];
  notes?: string;
}
