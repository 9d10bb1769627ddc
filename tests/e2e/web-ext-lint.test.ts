import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const EXT = new URL('../../dist/firefox', import.meta.url).pathname;
const WEB_EXT = new URL('../../node_modules/.bin/web-ext', import.meta.url).pathname;

describe.skipIf(!existsSync(`${EXT}/manifest.json`))("Mozilla's linter on the Firefox build", () => {
  it('finds 0 errors and 0 warnings', () => {
    let out: string;
    try {
      out = execFileSync(WEB_EXT, ['lint', '--source-dir', EXT, '--output', 'json', '--self-hosted'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { summary: { errors: number; warnings: number }; errors: unknown[]; warnings: unknown[] };
    expect([...report.errors, ...report.warnings]).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);
});
