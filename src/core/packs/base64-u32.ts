/**
 * Base64 of little-endian 32-bit words, both ways, without Buffer or atob: packs of format 2
 * carry fingerprints and term entries this way (src/core/packs/pack.ts), and core runs in the
 * worker and in Node alike. A JSON array of 200 hashes is ~2.2 KB of text that JSON.parse turns
 * into 200 heap numbers; the same hashes are 1,068 characters of one string.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Is this a well-formed base64 string of whole 32-bit words? */
export function isU32Base64(s: string): boolean {
  return s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s) && (byteLength(s) & 3) === 0;
}

function byteLength(s: string): number {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - pad;
}

/** Number of words a valid string holds. */
export const u32Count = (s: string): number => byteLength(s) >>> 2;

export function encodeU32(words: ArrayLike<number>): string {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i] >>> 0, true);
  let out = '';
  let chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    chunk.push(
      ALPHABET[b0 >> 2] +
        ALPHABET[((b0 & 3) << 4) | (b1 >> 4)] +
        (i + 1 < bytes.length ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : '=') +
        (i + 2 < bytes.length ? ALPHABET[b2 & 63] : '='),
    );
    if (chunk.length === 4096) {
      out += chunk.join('');
      chunk = [];
    }
  }
  return out + chunk.join('');
}

/**
 * The leading words of a packed fingerprint that `keep` accepts, stopping at the first it does
 * not (the sampled hashes come first; see PACKED_FORMAT). Whole 16-character groups (3 words)
 * decode without a byte loop: at load this runs for every article of every pack.
 */
const c = (s: string, i: number) => LOOKUP[s.charCodeAt(i) & 127] & 63;

export function decodePrefixU32(s: string, into: Uint32Array, keepMod: number): number {
  const total = Math.min(u32Count(s), into.length);
  let n = 0;
  for (let i = 0; n + 3 <= total; i += 16) {
    const v0 = (c(s, i) << 18) | (c(s, i + 1) << 12) | (c(s, i + 2) << 6) | c(s, i + 3);
    const v1 = (c(s, i + 4) << 18) | (c(s, i + 5) << 12) | (c(s, i + 6) << 6) | c(s, i + 7);
    const v2 = (c(s, i + 8) << 18) | (c(s, i + 9) << 12) | (c(s, i + 10) << 6) | c(s, i + 11);
    const v3 = (c(s, i + 12) << 18) | (c(s, i + 13) << 12) | (c(s, i + 14) << 6) | c(s, i + 15);
    // 12 bytes b0..b11 little-endian into 3 words.
    const w0 = ((v0 >>> 16) | (((v0 >>> 8) & 255) << 8) | ((v0 & 255) << 16) | ((v1 >>> 16) << 24)) >>> 0;
    if (w0 % keepMod !== 0) return n;
    into[n++] = w0;
    const w1 = (((v1 >>> 8) & 255) | ((v1 & 255) << 8) | ((v2 >>> 16) << 16) | (((v2 >>> 8) & 255) << 24)) >>> 0;
    if (w1 % keepMod !== 0) return n;
    into[n++] = w1;
    const w2 = ((v2 & 255) | ((v3 >>> 16) << 8) | (((v3 >>> 8) & 255) << 16) | ((v3 & 255) << 24)) >>> 0;
    if (w2 % keepMod !== 0) return n;
    into[n++] = w2;
  }
  // The last one or two words.
  const tail = new Uint32Array(total);
  decodeU32(s, tail);
  while (n < total && tail[n] % keepMod === 0) into[n] = tail[n++] ;
  return n;
}

/**
 * Decodes words into `into` from `at`, in order, until `keep(word)` is false or `max` words are
 * written; returns how many were written. Invalid characters decode as 0 (validation rejects them
 * for untrusted packs; a corrupt hash only adds noise).
 */
export function decodeU32(s: string, into: Uint32Array, at = 0, max = Infinity, keep?: (w: number) => boolean): number {
  const total = Math.min(u32Count(s), max, into.length - at);
  let n = 0;
  let word = 0;
  let shift = 0;
  for (let i = 0; n < total; i += 4) {
    const v = ((LOOKUP[s.charCodeAt(i) & 127] & 63) << 18) | ((LOOKUP[s.charCodeAt(i + 1) & 127] & 63) << 12) | ((LOOKUP[s.charCodeAt(i + 2) & 127] & 63) << 6) | (LOOKUP[s.charCodeAt(i + 3) & 127] & 63);
    for (let k = 16; k >= 0 && n < total; k -= 8) {
      word |= ((v >>> k) & 255) << shift;
      shift += 8;
      if (shift === 32) {
        const w = word >>> 0;
        if (keep && !keep(w)) return n;
        into[at + n++] = w;
        word = 0;
        shift = 0;
      }
    }
  }
  return n;
}
