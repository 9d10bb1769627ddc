/** The file format of data/outlets-imported/*.json: one source's generated records and where they come from. */
import type { Outlet } from './outlet.ts';

export interface ImportedFile {
  source: {
    name: string;
    url: string;
    license: string;
    /** What was read (a file name, or the live query service). */
    input: string;
    retrieved: string;
  };
  /** Order of trust among imports: lower wins a domain both claim (hand-verified records beat all). */
  rank: number;
  outlets: Outlet[];
}

/** JSON with one outlet a line: small diffs when an import is re-run, and still plain JSON. */
export function serializeImported(file: ImportedFile): string {
  const { outlets, ...head } = file;
  const lines = outlets.map((o) => `    ${JSON.stringify(o)}`);
  const headJson = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${headJson},\n  "outlets": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
