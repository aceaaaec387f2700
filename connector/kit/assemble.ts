/**
 * Puts the units together into a Swagger document, and keeps a map from JSON pointers to the
 * TypeScript source of each operation and definition. Problems found while assembling (two units
 * on one path and method, a definition name used twice) come back as diagnostics, not exceptions.
 */
import type { Diagnostic, SourceLocation } from '../../scripts/core/diagnostic.js';
import { formatSource } from '../../scripts/core/diagnostic.js';
import { setMember } from '../../scripts/core/json.js';
import { toPointer } from '../../scripts/core/json-pointer.js';
export { sourceFor } from '../../scripts/core/source-map.js';
import type { ApiProperties } from './api-properties.js';
import type { DefinitionUnit, OperationUnit } from './define.js';
import type { Document, PathItem, Schema } from './swagger.js';
import { sourceOfUnit } from './define.js';

import type { ThrottlingPolicy } from './throttling-policy.js';
import type { ConnectorDocumentation } from './documentation.js';

export type { ConnectorDocumentation };

export type { ThrottlingPolicy };

export interface ConnectorInput {
  document: Omit<Document, 'paths' | 'definitions'>;
  operations: readonly OperationUnit[];
  definitions: readonly DefinitionUnit[];
  apiProperties: ApiProperties;
  throttlingPolicies: readonly ThrottlingPolicy[];
  documentation?: ConnectorDocumentation;
}

export interface AssembledConnector {
  document: Document;
  apiProperties: ApiProperties;
  throttlingPolicies: readonly ThrottlingPolicy[];
  documentation?: ConnectorDocumentation;
  /** JSON pointer (into the swagger) → where that object was written. */
  sources: ReadonlyMap<string, SourceLocation>;
  /** The units, for emitters that want more than the document (the README, the mocks). */
  operations: readonly OperationUnit[];
  definitions: readonly DefinitionUnit[];
  diagnostics: Diagnostic[];
}

export function assembleConnector(input: ConnectorInput): AssembledConnector {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, SourceLocation>();
  const paths: Record<string, PathItem> = {};

  for (const unit of input.operations) {
    const item: Record<string, unknown> = (paths[unit.path] ??= {});
    const pointer = toPointer(['paths', unit.path, unit.method]);
    const source = sourceOfUnit(unit);
    if (item[unit.method]) {
      diagnostics.push(
        withSource(
          {
            code: 'duplicate-path-method',
            severity: 'error',
            message: `Two operations are mounted at ${unit.method.toUpperCase()} ${unit.path}: '${(item[unit.method] as { operationId: string }).operationId}' and '${unit.operation.operationId}'.`,
            pointer,
          },
          source,
        ),
      );
      continue;
    }
    item[unit.method] = unit.operation;
    if (unit.notificationContent) {
      if (item['x-ms-notification-content']) {
        diagnostics.push(
          withSource(
            {
              code: 'duplicate-notification-content',
              severity: 'error',
              message: `Two webhook triggers share the path ${unit.path}; each needs its own path item for its payload schema.`,
              pointer: toPointer(['paths', unit.path, 'x-ms-notification-content']),
            },
            source,
          ),
        );
      }
      item['x-ms-notification-content'] = unit.notificationContent;
      if (source) sources.set(toPointer(['paths', unit.path, 'x-ms-notification-content']), source);
    }
    if (source) sources.set(pointer, source);
  }

  const definitions: Record<string, Schema> = {};
  for (const unit of input.definitions) {
    const pointer = toPointer(['definitions', unit.name]);
    const source = sourceOfUnit(unit);
    // Own members only: `constructor`, `toString` and `__proto__` are there on every object.
    if (Object.hasOwn(definitions, unit.name)) {
      diagnostics.push(
        withSource(
          { code: 'duplicate-definition', severity: 'error', message: `The definition '${unit.name}' is defined twice.`, pointer },
          source,
        ),
      );
      continue;
    }
    setMember(definitions, unit.name, unit.schema);
    if (source) sources.set(pointer, source);
  }

  const document: Document = { ...input.document, paths, definitions };
  return {
    document,
    apiProperties: input.apiProperties,
    throttlingPolicies: input.throttlingPolicies,
    ...(input.documentation ? { documentation: input.documentation } : {}),
    sources,
    operations: input.operations,
    definitions: input.definitions,
    diagnostics,
  };
}

function withSource(diagnostic: Diagnostic, source: SourceLocation | undefined): Diagnostic {
  return source ? { ...diagnostic, source: formatSource(source) } : diagnostic;
}
