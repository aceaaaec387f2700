/**
 * A minimal PNG writer for indexed-colour images.
 * @see https://www.w3.org/TR/png/
 *
 * Hand-written rather than taken from a library because the output must be byte-identical on
 * every machine: compressed deflate streams can differ between zlib builds (Node's bundled zlib
 * picks code paths by CPU), while stored (level 0) blocks cannot. An indexed image keeps the
 * uncompressed data small (one byte a pixel).
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

export function encodeIndexedPng(width: number, height: number, palette: readonly Rgb[], pixels: Uint8Array): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new RangeError('A palette has 1 to 256 colours');
  if (pixels.length !== width * height) throw new RangeError(`Expected ${width * height} pixels, got ${pixels.length}`);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace

  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach(([r, g, b], i) => plte.set([r, g, b], i * 3));

  // Each row starts with its filter type (0: none).
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
