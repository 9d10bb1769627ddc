import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('house rules', () => {
  it('core/ uses no browser API and no global page state', () => {
    for (const file of files(join(SRC, 'core')).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\b(?:browser|chrome)\.\w|webextension-polyfill|\bwindow\.\w|\bdocument\.\w|\blocation\.\w|localStorage/);
    }
  });
  it('contexts import from core/ and messages.ts, never from each other', () => {
    const contexts = ['content', 'background', 'popup', 'options', 'cli'];
    for (const ctx of contexts) {
      for (const file of files(join(SRC, ctx))) {
        const imports = [...readFileSync(file, 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => m[1]);
        for (const other of contexts.filter((c) => c !== ctx)) expect(imports.filter((i) => i.startsWith(`../${other}/`)), file).toEqual([]);
      }
    }
  });
  it('renders pack and page text as text: no innerHTML anywhere in the extension', () => {
    for (const file of files(SRC).filter((f) => f.endsWith('.ts'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });
});
