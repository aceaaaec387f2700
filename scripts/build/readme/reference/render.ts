/**
 * The reference in Markdown, in the order and shape of the connector's reference page: throttling
 * limits, then each action, each trigger (its summary as heading, description, Parameters table,
 * Returns), then each definition (heading, description, Name | Path | Type | Description table).
 */
import { blocks, heading, link, paragraphs, raw, slug, table } from '../markdown.js';
import type { RawCell } from '../markdown.js';
import type { Reference, ReferenceDefinition, ReferenceField, ReferenceOperation, ReferenceReturns } from './model.js';

/** Headings of the reference, shared with the reader so both sides agree on the layout. */
export const REFERENCE_HEADINGS = {
  section: 'Reference',
  throttling: 'Throttling Limits',
  actions: 'Actions',
  triggers: 'Triggers',
  definitions: 'Definitions',
  parameters: 'Parameters',
  returns: 'Returns',
} as const;

export const PARAMETER_HEADER = ['Name', 'Key', 'Required', 'Type', 'Description'] as const;
export const FIELD_HEADER = ['Name', 'Path', 'Type', 'Description'] as const;
export const THROTTLING_HEADER = ['Name', 'Calls', 'Renewal Period'] as const;

/** Heading levels: the reference is a `##` section of the README. */
const LEVEL = { section: 2, group: 3, entry: 4, part: 5 } as const;

export function renderReference(reference: Reference, intro: readonly string[] = []): string[] {
  const linked = new Set(reference.definitions.map((d) => d.name));
  return blocks(
    heading(LEVEL.section, REFERENCE_HEADINGS.section),
    intro,
    renderThrottling(reference),
    heading(LEVEL.group, REFERENCE_HEADINGS.actions),
    ...reference.actions.map((o) => renderOperation(o, linked)),
    heading(LEVEL.group, REFERENCE_HEADINGS.triggers),
    ...reference.triggers.map((o) => renderOperation(o, linked)),
    heading(LEVEL.group, REFERENCE_HEADINGS.definitions),
    ...reference.definitions.map((d) => renderDefinition(d, linked)),
  );
}

export function renderThrottling(reference: Reference): string[] {
  return blocks(
    heading(LEVEL.group, REFERENCE_HEADINGS.throttling),
    table(
      THROTTLING_HEADER,
      reference.throttling.map((row) => [row.name, String(row.calls), row.renewalPeriod]),
    ),
  );
}

export function renderOperation(operation: ReferenceOperation, linked: ReadonlySet<string>): string[] {
  return blocks(
    heading(LEVEL.entry, operation.summary),
    paragraphs(operation.description),
    operation.parameters.length > 0 && [
      ...blocks(
        heading(LEVEL.part, REFERENCE_HEADINGS.parameters),
        table(
          PARAMETER_HEADER,
          operation.parameters.map((p) => [p.name, p.key, p.required ? 'True' : 'False', typeCell(p.type, linked), p.description]),
        ),
      ),
    ],
    operation.returns && renderReturns(operation.returns, linked),
  );
}

function renderReturns(returns: ReferenceReturns, linked: ReadonlySet<string>): string[] {
  return blocks(
    heading(LEVEL.part, REFERENCE_HEADINGS.returns),
    returns.description !== undefined && paragraphs(returns.description),
    returns.fields.length > 0 && fieldTable(returns.fields, linked),
  );
}

export function renderDefinition(definition: ReferenceDefinition, linked: ReadonlySet<string>): string[] {
  return blocks(
    heading(LEVEL.entry, definition.name),
    definition.description !== '' && paragraphs(definition.description),
    fieldTable(definition.fields, linked),
  );
}

function fieldTable(fields: readonly ReferenceField[], linked: ReadonlySet<string>): string[] {
  return table(
    FIELD_HEADER,
    fields.map((f) => [f.name, f.path, typeCell(f.type, linked), f.description]),
  );
}

/** A type naming a documented definition links to it: `array of [Table](#table)`. */
function typeCell(type: string, linked: ReadonlySet<string>): string | RawCell {
  const match = /^(array of )*(.+)$/.exec(type);
  const name = match?.[2];
  if (!name || !linked.has(name)) return type;
  return raw(`${type.slice(0, type.length - name.length)}${link(name, slug(name))}`);
}
