import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brandColor } from '../../connector/brand.js';
import { parseHexColor, renderIcon } from './icon.js';
import { encodeIndexedPng } from './png.js';

/** Reads back the parts of a PNG the tests care about, checking every chunk's CRC on the way. */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: Record<string, Buffer> = {};
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    chunks[type] = png.subarray(at + 8, at + 8 + length);
    at += 12 + length;
  }
  const width = chunks.IHDR!.readUInt32BE(0);
  const height = chunks.IHDR!.readUInt32BE(4);
  const raw = inflateSync(chunks.IDAT!);
  const pixel = (x: number, y: number) => {
    const index = raw[y * (width + 1) + 1 + x]!;
    return [...chunks.PLTE!.subarray(index * 3, index * 3 + 3)];
  };
  return { width, height, colourType: chunks.IHDR![9], pixel, hasEnd: 'IEND' in chunks };
}

describe('icon.png', () => {
  it('is a 230×230 indexed PNG on the brand colour with a white mark in the middle', () => {
    const icon = readPng(renderIcon(brandColor));
    expect([icon.width, icon.height, icon.colourType, icon.hasEnd]).toEqual([230, 230, 3, true]);
    expect(icon.pixel(0, 0)).toEqual(parseHexColor(brandColor));
    expect(icon.pixel(229, 229)).toEqual(parseHexColor(brandColor));
    // The ring passes through (115, 41) and the tallest bar through (140, 140).
    expect(icon.pixel(115, 41)).toEqual([255, 255, 255]);
    expect(icon.pixel(140, 140)).toEqual([255, 255, 255]);
  });

  it('is byte-identical on every render', () => {
    expect(renderIcon('#002050').equals(renderIcon('#002050'))).toBe(true);
  });

  it('refuses colours that are not #RRGGBB and images whose sizes disagree', () => {
    expect(() => parseHexColor('#00f')).toThrow(/#RRGGBB/);
    expect(() => encodeIndexedPng(2, 2, [[0, 0, 0]], new Uint8Array(3))).toThrow(/Expected 4 pixels/);
  });
});
