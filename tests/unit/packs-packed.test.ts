import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { loadBundledPacks } from '../../src/cli/load-data.ts';
import { packPack } from '../../src/core/packs/packed-pack.ts';
import { validatePack } from '../../src/core/packs/validate-pack.ts';
import { buildKnowledgeBase, hashesOf } from '../../src/core/packs/knowledge-base.ts';
import { decodeU32, encodeU32, isU32Base64 } from '../../src/core/packs/base64-u32.ts';
import { extractArticle } from '../../src/core/article/extract-article.ts';
import { buildReport } from '../../src/core/report.ts';

const SEED = new URL('../../../shared/fixtures/seed/radiohc-211284.html', import.meta.url).pathname;
const URL_ = 'https://www.radiohc.cu/en/noticias/internacionales/211284-pentagon-insists-us-military-has-no-plans-to-leave-iraq';

describe('packed packs (format 2)', () => {
  it('round-trips 32-bit words through base64 of every length', () => {
    for (const n of [0, 1, 2, 3, 4, 7]) {
      const words = Array.from({ length: n }, (_, i) => (0xfffffff0 - i * 0x01020304) >>> 0);
      const b64 = encodeU32(words);
      expect(isU32Base64(b64)).toBe(true);
      const back = new Uint32Array(n);
      expect(decodeU32(b64, back)).toBe(n);
      expect(Array.from(back)).toEqual(words);
    }
    expect(isU32Base64('AAAA')).toBe(false);
    expect(isU32Base64('AAAAAAA=')).toBe(false);
    expect(isU32Base64('AAAAAA==')).toBe(true);
  });
  it('gives the same report for the seed page as the plain pack it was packed from', () => {
    const { outlets, stories } = loadBundledPacks();
    const packed = JSON.parse(JSON.stringify(packPack(stories)));
    expect(packed.format).toBe(2);
    expect(validatePack(packed)).toEqual([]);
    const html = readFileSync(SEED, 'utf8');
    const article = () => extractArticle(parseHTML(html).document as unknown as Document, { url: URL_ });
    const plain = buildReport(article(), buildKnowledgeBase([outlets, stories]), URL_);
    const fromPacked = buildReport(article(), buildKnowledgeBase([outlets, packed]), URL_);
    expect(plain.story).not.toBeNull();
    expect(plain.reuse.length).toBeGreaterThan(0);
    expect(fromPacked).toEqual(plain);
  });
  it('decodes a packed fingerprint to the same set as the plain one', () => {
    const { stories } = loadBundledPacks();
    const kbPlain = buildKnowledgeBase([stories]);
    const kbPacked = buildKnowledgeBase([JSON.parse(JSON.stringify(packPack(stories)))]);
    expect(kbPacked.byHash.entries).toBe(kbPlain.byHash.entries);
    kbPlain.articles.forEach((a, i) => expect(Array.from(hashesOf(kbPacked.articles[i]).hashes)).toEqual(Array.from(hashesOf(a).hashes)));
  });
  it('refuses a packed pack whose fingerprint is not base64 words', () => {
    const { stories } = loadBundledPacks();
    const packed = JSON.parse(JSON.stringify(packPack(stories)));
    packed.stories[0].articles[0].fp = 'not base64!';
    packed.stories[0].terms = 'not base64!!';
    expect(validatePack(packed).map((p) => p.path)).toEqual(expect.arrayContaining(['$.stories[0].articles[0].fp', '$.stories[0].terms']));
  });
});

describe('packed fingerprint prefix', () => {
  it('decodes exactly the leading words divisible by the sample rate, for every length', async () => {
    const { decodePrefixU32 } = await import('../../src/core/packs/base64-u32.ts');
    for (let n = 0; n < 10; n++)
      for (let cut = 0; cut <= n; cut++) {
        const words = Array.from({ length: n }, (_, i) => (i < cut ? (0x9e3779b9 * (i + 1)) & ~3 : ((0x9e3779b9 * (i + 1)) & ~3) | 1) >>> 0);
        const out = new Uint32Array(16);
        const got = decodePrefixU32(encodeU32(words), out, 4);
        expect([got, Array.from(out.subarray(0, got))]).toEqual([cut, words.slice(0, cut)]);
      }
  });
});
