/**
 * Draws Backstory's toolbar icon (a quotation mark on a dark teal rounded square) as PNGs at the
 * sizes the manifest names. Drawn in code so the icon needs no image editor and no binary source.
 */
import { deflateSync } from 'node:zlib';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Coverage (0–1) of a pixel by the icon's shapes, sampled 4×4 for anti-aliasing. */
function shape(u: number, v: number): { bg: boolean; mark: boolean } {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  const bg = dx * dx + dy * dy <= r * r;
  // Two quotation marks: a disc with a tail each.
  const mark = [0.36, 0.64].some((cx) => {
    const disc = (u - cx) ** 2 + (v - 0.42) ** 2 <= 0.095 ** 2;
    const tail = v > 0.42 && v < 0.66 && u > cx - 0.02 && u < cx + 0.095 && u - cx > (v - 0.42) * 0.4 - 0.09 && u - cx < 0.095 - (v - 0.42) * 0.35;
    return disc || tail;
  });
  return { bg, mark };
}

export function makeIcons(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    const png = encodePng(size, (x, y) => {
      let bg = 0;
      let mark = 0;
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 4; j++) {
          const s = shape((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size);
          if (s.bg) bg++;
          if (s.bg && s.mark) mark++;
        }
      const m = mark / 16;
      const teal = [15, 76, 92];
      const cream = [255, 236, 179];
      const c = teal.map((t, k) => Math.round(t * (1 - m / Math.max(bg / 16, 1e-9)) + cream[k] * (m / Math.max(bg / 16, 1e-9))));
      return [c[0], c[1], c[2], Math.round((bg / 16) * 255)];
    });
    writeFileSync(`${dir}/icon-${size}.png`, png);
  }
}
