import { describe, expect, it } from 'vitest';
import type { Change, DiffResult } from '../types.js';
import { formatJson } from './json.js';
import type { DiffSources } from './sources.js';
import { formatText } from './text.js';

const deleted: Change = {
  code: 'operation-deleted',
  severity: 'error',
  message: "The operation 'GetItem' has been deleted. This change breaks existing flows.",
  pointer: '/paths/~1items/get',
  operationId: 'GetItem',
  side: 'old',
  document: 'apiDefinition',
  advice: 'Restore it.',
};
const reworded: Change = {
  code: 'description-changed',
  severity: 'warning',
  message: "The summary of the operation 'ListItems' has been changed.",
  pointer: '/paths/~1items/post/summary',
  operationId: 'ListItems',
  side: 'new',
  document: 'apiDefinition',
};
const connection: Change = {
  code: 'connection-parameters-changed',
  severity: 'error',
  message: "The connection parameter 'token' has been removed.",
  pointer: '/properties/connectionParameters/token',
  operationId: null,
  side: 'old',
  document: 'apiProperties',
  advice: 'Keep it.',
};
const result: DiffResult = { changes: [deleted, connection, reworded], summary: { breaking: 2, nonBreaking: 1 } };

const sources: DiffSources = {
  old: { apiDefinition: { file: 'v1/apiDefinition.swagger.json', locate: (p) => (p === deleted.pointer ? { line: 12, column: 5 } : undefined) } },
  new: { apiDefinition: { file: 'v2/apiDefinition.swagger.json', locate: () => ({ line: 40, column: 7 }) } },
};

describe('text output', () => {
  it('prints one line per change, advice indented below breaking ones, then a summary', () => {
    expect(formatText(result, sources)).toBe(
      [
        "v1/apiDefinition.swagger.json:12:5 - breaking operation-deleted (GetItem): The operation 'GetItem' has been deleted. This change breaks existing flows.",
        '    advice: Restore it.',
        // No apiProperties file known for the old version: the side and pointer stand in for it.
        "old#/properties/connectionParameters/token - breaking connection-parameters-changed: The connection parameter 'token' has been removed.",
        '    advice: Keep it.',
        "v2/apiDefinition.swagger.json:40:7 - non-breaking description-changed (ListItems): The summary of the operation 'ListItems' has been changed.",
        '',
        'Found 2 breaking changes and 1 non-breaking change.',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing changed', () => {
    expect(formatText({ changes: [], summary: { breaking: 0, nonBreaking: 0 } })).toBe('No changes.\n');
  });
});

describe('json output', () => {
  it('keeps the contract fields and adds side, document, location and advice', () => {
    const output = JSON.parse(formatJson(result, sources));
    expect(output.summary).toEqual({ breaking: 2, nonBreaking: 1 });
    expect(output.changes[0]).toEqual({
      code: 'operation-deleted',
      severity: 'breaking',
      message: deleted.message,
      pointer: '/paths/~1items/get',
      operationId: 'GetItem',
      side: 'old',
      document: 'apiDefinition',
      file: 'v1/apiDefinition.swagger.json',
      line: 12,
      column: 5,
      advice: 'Restore it.',
    });
    expect(output.changes[1]).not.toHaveProperty('file');
    expect(output.changes[1].operationId).toBeNull();
    expect(output.changes[2]).not.toHaveProperty('advice');
  });
});
