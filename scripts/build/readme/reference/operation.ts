/**
 * One action or trigger of the reference: its summary as heading, its description, the
 * Name | Key | Required | Type | Description table of its parameters, and what it returns.
 */
import { blocks, heading, paragraphs, table } from '../markdown.js';
import { fieldTable } from './definition.js';
import { LEVEL, PARAMETER_HEADER, REFERENCE_HEADINGS } from './headings.js';
import type { ReferenceOperation, ReferenceReturns } from './model.js';
import { typeCell } from './type-cell.js';

export function renderOperation(operation: ReferenceOperation, linked: ReadonlySet<string>): string[] {
  return blocks(
    heading(LEVEL.entry, operation.summary),
    paragraphs(operation.description),
    operation.parameters.length > 0 &&
      blocks(
        heading(LEVEL.part, REFERENCE_HEADINGS.parameters),
        table(
          PARAMETER_HEADER,
          operation.parameters.map((p) => [p.name, p.key, p.required ? 'True' : 'False', typeCell(p.type, linked), p.description]),
        ),
      ),
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
