/**
 * Byte-stable JSON text: two-space indent, LF line ends, a trailing newline, no BOM, and every
 * character outside printable ASCII written as a \uXXXX escape. paconn opens files with the
 * platform's default encoding (cp1252 on Windows), so ASCII-only output reads the same everywhere.
 */
export function toStableJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  if (text === undefined) throw new TypeError('Value has no JSON representation');
  return `${escapeNonAscii(text)}\n`;
}

export function escapeNonAscii(text: string): string {
  // Outside string literals JSON text is ASCII, so every match sits inside a string.
  return text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
