/** The Type cell of a reference table: a type naming a documented definition links to it. */
import { link, raw, slug } from '../markdown.js';
import type { RawCell } from '../markdown.js';

/** `array of Table` → `array of [Table](#table)` when Table is documented; other types stay text. */
export function typeCell(type: string, linked: ReadonlySet<string>): string | RawCell {
  const match = /^(array of )*(.+)$/.exec(type);
  const name = match?.[2];
  if (!name || !linked.has(name)) return type;
  return raw(`${type.slice(0, type.length - name.length)}${link(name, slug(name))}`);
}
