/** RFC 4180 CSV for partition content: one row per line, `\n` line ends, no header line. */
import type { AttributeDefinition, ItemRow } from './model.js';

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  // An empty string is quoted so it reads back as '' rather than as an absent value.
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(attributes: readonly AttributeDefinition[]): string {
  return attributes.map((a) => field(a.name)).join(',');
}

export function csvRow(attributes: readonly AttributeDefinition[], row: ItemRow): string {
  let line = '';
  for (let i = 0; i < attributes.length; i++) {
    if (i > 0) line += ',';
    line += field(row[attributes[i]!.name]);
  }
  return line + '\n';
}

/** Splits one CSV record (without its line end) into fields; `null` marks an empty unquoted field. */
export function parseCsvRecord(record: string): (string | null)[] {
  const fields: (string | null)[] = [];
  let i = 0;
  for (;;) {
    if (record[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = record.indexOf('"', i);
        if (quote < 0) throw new Error('Unterminated quoted CSV field');
        value += record.slice(i, quote);
        if (record[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = record.indexOf(',', i);
      const end = comma < 0 ? record.length : comma;
      const value = record.slice(i, end);
      fields.push(value === '' ? null : value);
      i = end;
    }
    if (i >= record.length) break;
    if (record[i] !== ',') throw new Error(`Expected ',' at ${i} in CSV record`);
    i++;
  }
  return fields;
}

/** Converts a CSV field back to the attribute's JSON type. */
export function fromCsv(attribute: AttributeDefinition, text: string): unknown {
  switch (attribute.type) {
    case 'integer':
    case 'number':
      return Number(text);
    case 'boolean':
      return text === 'true';
    default:
      return text;
  }
}
