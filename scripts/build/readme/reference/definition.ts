/** One definition of the reference: heading, description, Name | Path | Type | Description table. */
import { blocks, heading, paragraphs, table } from '../markdown.js';
import { FIELD_HEADER, LEVEL } from './headings.js';
import type { ReferenceDefinition, ReferenceField } from './model.js';
import { typeCell } from './type-cell.js';

export function renderDefinition(definition: ReferenceDefinition, linked: ReadonlySet<string>): string[] {
  return blocks(
    heading(LEVEL.entry, definition.name),
    definition.description !== '' && paragraphs(definition.description),
    fieldTable(definition.fields, linked),
  );
}

/** The field table definitions and Returns sections share. */
export function fieldTable(fields: readonly ReferenceField[], linked: ReadonlySet<string>): string[] {
  return table(
    FIELD_HEADER,
    fields.map((f) => [f.name, f.path, typeCell(f.type, linked), f.description]),
  );
}
