import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoryClusterer } from '../../src/core/packs/cluster-stories.ts';

const BIN = new URL('../../bin/backstory.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'build-'));
const line = (url: string, text: string, extra: Record<string, string> = {}) => JSON.stringify({ url, text, ...extra });

describe('backstory pack build', () => {
  it('builds the good lines, reports broken ones with line numbers, and keeps no text', () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      [
        line('https://a.example/1', 'Dam fails in Marisco\n\nThe Velan dam failed on Sunday and flooded Marisco, "We will rebuild," said Mayor Ana Tolbert.', { story: 'marisco-flood', published: '2031-03-02', lang: 'en' }),
        '{"url": "https://b.example/2", "text": ',
        line('https://c.example/3', 'Marisco flooded\n\nFloodwater from the Velan dam covered Marisco on Sunday.', { story: 'marisco-flood', published: '2031-03-02' }),
        JSON.stringify({ url: 'ftp://x', text: 'x' }),
        line('https://d.example/4', 'No html or text here'.slice(0, 0)),
      ].join('\n') + '\n',
    );
    const out = join(dir, 'pack.json');
    const r = spawnSync(process.execPath, [BIN, 'pack', 'build', input, '--out', out, '--title', 'Test pack'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/2 articles in 1 stories/);
    expect(r.stdout).toMatch(/in\.jsonl:2: /);
    expect(r.stdout).toMatch(/in\.jsonl:4: .*url/);
    expect(r.stdout).toMatch(/in\.jsonl:5: /);
    expect(r.status).toBe(1);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.format).toBe(2);
    expect(pack.stories[0].id).toBe('marisco-flood');
    expect(pack.stories[0].articles[0].quotes[0]).toEqual({ text: 'We will rebuild', speaker: 'Ana Tolbert' });
    expect(JSON.stringify(pack)).not.toContain('Floodwater from the Velan dam');
    const v = spawnSync(process.execPath, [BIN, 'pack', 'validate', out], { encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/valid pack "test-pack".*2 articles/);
  });
});

describe('clustering without labels', () => {
  it('joins articles of one event and keeps another event of the same people apart', () => {
    const c = new StoryClusterer();
    const flood1 = c.add(['velan', 'dam', 'marisco', 'flood', 'tolbert', 'spillway', 'ostra', 'evacuated'], '2031-03-02');
    const flood2 = c.add(['marisco', 'dam', 'velan', 'flood', 'spillway', 'tolbert', 'cracked'], '2031-03-02');
    const bridge = c.add(['kessel', 'bridge', 'marisco', 'tolbert', 'ribbon', 'council', 'band'], '2031-03-05');
    const later = c.add(['velan', 'dam', 'marisco', 'flood', 'tolbert', 'spillway'], '2031-04-20');
    expect(flood2).toBe(flood1);
    expect(bridge).not.toBe(flood1);
    expect(later).not.toBe(flood1);
  });
});
