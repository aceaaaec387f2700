/**
 * icon.png: a white mark (a ring around three rising bars, "insights") of about 160×160 on a
 * 230×230 square of the brand colour, as the certification guidance asks. Drawn with integer
 * arithmetic and 4×4 supersampling, so edges are smooth and the bytes never vary.
 */
import { encodeIndexedPng, type Rgb } from './png.js';

const SIZE = 230;
const SAMPLES = 4;
const LEVELS = SAMPLES * SAMPLES + 1;

export function parseHexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Whether the sub-sample at (x, y) in a 230×230 square (in 1/SAMPLES units) belongs to the mark. */
function inMark(x: number, y: number): boolean {
  const c = (SIZE * SAMPLES) / 2;
  const dx = x - c;
  const dy = y - c;
  const r2 = dx * dx + dy * dy;
  const outer = 80 * SAMPLES;
  const inner = 68 * SAMPLES;
  if (r2 <= outer * outer && r2 >= inner * inner) return true;
  // Three bars, bottoms aligned, rising left to right.
  const bars = [
    { left: 80, height: 40 },
    { left: 106, height: 64 },
    { left: 132, height: 88 },
  ];
  const bottom = 152 * SAMPLES;
  for (const bar of bars) {
    const left = bar.left * SAMPLES;
    const right = (bar.left + 18) * SAMPLES;
    if (x >= left && x < right && y < bottom && y >= bottom - bar.height * SAMPLES) return true;
  }
  return false;
}

export function renderIcon(brandColor: string): Buffer {
  const background = parseHexColor(brandColor);
  const palette: Rgb[] = [];
  for (let level = 0; level < LEVELS; level++) {
    const mix = (channel: number) => Math.round((channel * (LEVELS - 1 - level) + 255 * level) / (LEVELS - 1));
    palette.push([mix(background[0]), mix(background[1]), mix(background[2])]);
  }
  const pixels = new Uint8Array(SIZE * SIZE);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (inMark(px * SAMPLES + sx, py * SAMPLES + sy)) covered++;
        }
      }
      pixels[py * SIZE + px] = covered;
    }
  }
  return encodeIndexedPng(SIZE, SIZE, palette, pixels);
}
