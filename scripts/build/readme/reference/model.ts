/**
 * The reference as data, in the shape of the connector's reference page: what the README's tables
 * say, before any Markdown. The renderer writes it; read-reference.ts reads the rendered Markdown
 * back into the same shape, so the tests can compare the README itself with the specification.
 */
import type { AssembledConnector, OperationUnit, Parameter, Schema } from '../../../../connector/kit/index.js';
import { displayName, isInternalParameter, refName, successSchema, visibleActions, visibleTriggers } from '../facts.js';
import { typeText } from './types.js';

export interface ReferenceParameter {
  /** Display name (`x-ms-summary`, else the key). */
  name: string;
  key: string;
  required: boolean;
  type: string;
  description: string;
}

export interface ReferenceField {
  name: string;
  /** Property path; empty for a whole body or response. */
  path: string;
  type: string;
  description: string;
}

export interface ReferenceReturns {
  description?: string;
  fields: ReferenceField[];
}

export interface ReferenceOperation {
  operationId: string;
  summary: string;
  description: string;
  parameters: ReferenceParameter[];
  returns?: ReferenceReturns;
}

export interface ReferenceDefinition {
  name: string;
  description: string;
  fields: ReferenceField[];
}

export interface ReferenceThrottlingRow {
  name: string;
  calls: number;
  /** As the reference page writes it: "60 seconds". */
  renewalPeriod: string;
}

export interface Reference {
  throttling: ReferenceThrottlingRow[];
  actions: ReferenceOperation[];
  triggers: ReferenceOperation[];
  definitions: ReferenceDefinition[];
}

/** The reference page's sentence for an output whose shape comes from x-ms-dynamic-schema. */
export const DYNAMIC_OUTPUTS = 'The outputs of this operation are dynamic.';

export function referenceModel(connector: AssembledConnector): Reference {
  const definitions = connector.document.definitions;
  return {
    throttling: connector.throttlingPolicies.map((policy) => ({
      name: policy.name,
      calls: policy.calls,
      renewalPeriod: `${policy.renewalPeriodSeconds} seconds`,
    })),
    actions: visibleActions(connector).map((unit) => operationModel(unit, definitions)),
    triggers: visibleTriggers(connector).map((unit) => operationModel(unit, definitions)),
    definitions: documentedDefinitions(connector).map((name) => definitionModel(name, definitions)),
  };
}

function operationModel(unit: OperationUnit, definitions: Readonly<Record<string, Schema>>): ReferenceOperation {
  const { operation } = unit;
  const parameters = (operation.parameters ?? []).filter((p) => !isInternalParameter(p)).flatMap(parameterRows);
  const output = unit.notificationContent ?? successSchema(unit);
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    parameters,
    ...(output ? { returns: returnsModel(output.schema, output.description, definitions) } : {}),
  };
}

/**
 * One row per parameter; a body with an inline object schema shows its visible properties
 * instead, keyed by their path, the way the reference page lists object bodies.
 */
function parameterRows(parameter: Parameter): ReferenceParameter[] {
  if (parameter.in === 'body') {
    const { schema } = parameter;
    if (!('$ref' in schema) && schema.type === 'object' && !schema['x-ms-dynamic-schema'] && schema.properties) {
      return fieldRows(schema.properties, schema.required ?? [], '').map((row) => ({
        name: row.name,
        key: row.path,
        required: row.required,
        type: row.type,
        description: row.description,
      }));
    }
    return [
      {
        name: displayName(parameter),
        key: parameter.name,
        required: parameter.required === true,
        type: typeText(schema),
        description: parameter.description ?? descriptionOf(schema),
      },
    ];
  }
  return [
    {
      name: displayName(parameter),
      key: parameter.name,
      required: parameter.required === true,
      type: parameter.type === 'file' ? 'file' : typeText(parameter as Schema),
      description: parameter.description ?? '',
    },
  ];
}

function returnsModel(schema: Schema, responseDescription: string | undefined, definitions: Readonly<Record<string, Schema>>): ReferenceReturns {
  const name = refName(schema);
  if (name !== undefined) {
    // The reference page describes a named output with the definition's own description.
    const target = definitions[name];
    const description = (target && !('$ref' in target) ? target.description : undefined) ?? responseDescription;
    return { ...(description ? { description } : {}), fields: [{ name: 'Body', path: '', type: name, description: '' }] };
  }
  if (!('$ref' in schema) && schema['x-ms-dynamic-schema']) return { description: DYNAMIC_OUTPUTS, fields: [] };
  if (!('$ref' in schema) && schema.type === 'object' && schema.properties) {
    return {
      ...(schema.description ? { description: schema.description } : {}),
      fields: fieldRows(schema.properties, schema.required ?? [], '').map(stripRequired),
    };
  }
  // Arrays and primitives: one row for the whole response, as the page writes "response | array of Table".
  return { fields: [{ name: 'response', path: '', type: typeText(schema), description: descriptionOf(schema) }] };
}

function definitionModel(name: string, definitions: Readonly<Record<string, Schema>>): ReferenceDefinition {
  const schema = definitions[name];
  if (!schema) throw new Error(`README: no definition '${name}'`);
  const fields =
    !('$ref' in schema) && schema.type === 'object'
      ? fieldRows(schema.properties ?? {}, schema.required ?? [], '').map(stripRequired)
      : [{ name, path: '', type: typeText(schema), description: descriptionOf(schema) }];
  return { name, description: descriptionOf(schema), fields };
}

interface FieldRow extends ReferenceField {
  required: boolean;
}

/**
 * Rows for the properties of an object, depth first: an inline object's properties follow it with
 * dotted paths; an array of inline objects is "array of object" followed by its item (or the
 * item's properties), the way the page shows PartitionDataResponse.Items.
 */
function fieldRows(properties: Readonly<Record<string, Schema>>, required: readonly string[], prefix: string): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, schema] of Object.entries(properties)) {
    if (!('$ref' in schema) && schema['x-ms-visibility'] === 'internal') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push({ name: summaryOf(schema) ?? key, path, type: typeText(schema), description: descriptionOf(schema), required: required.includes(key) });
    if ('$ref' in schema || schema['x-ms-dynamic-schema']) continue;
    if (schema.type === 'object' && schema.properties) rows.push(...fieldRows(schema.properties, schema.required ?? [], path));
    if (schema.type === 'array' && !('$ref' in schema.items) && schema.items.type === 'object') {
      const items = schema.items;
      if (items.properties) rows.push(...fieldRows(items.properties, items.required ?? [], path));
      else rows.push({ name: summaryOf(items) ?? 'items', path, type: typeText(items), description: descriptionOf(items), required: false });
    }
  }
  return rows;
}

function stripRequired({ required: _required, ...field }: FieldRow): ReferenceField {
  return field;
}

function summaryOf(schema: Schema): string | undefined {
  return '$ref' in schema ? undefined : schema['x-ms-summary'];
}

function descriptionOf(schema: Schema): string {
  return ('$ref' in schema ? undefined : schema.description) ?? '';
}

/**
 * The definitions a flow maker meets: those the visible actions and triggers take or return,
 * followed through their properties, in the order connector/index.ts lists definitions. The
 * definitions only the internal picker and schema operations use (instance lists, picker choices,
 * entity schemas) are plumbing of the designer, never seen in a flow, so they are left out.
 */
export function documentedDefinitions(connector: AssembledConnector): string[] {
  const { definitions } = connector.document;
  const reached = new Set<string>();
  const visit = (schema: Schema | undefined): void => {
    if (!schema) return;
    if ('$ref' in schema) {
      const name = refName(schema)!;
      if (reached.has(name)) return;
      reached.add(name);
      visit(definitions[name]);
      return;
    }
    if (schema.type === 'array') visit(schema.items);
    if (schema.type === 'object') {
      for (const property of Object.values(schema.properties ?? {})) visit(property);
      if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties);
    }
  };
  for (const unit of [...visibleActions(connector), ...visibleTriggers(connector)]) {
    for (const parameter of unit.operation.parameters ?? []) {
      if (parameter.in === 'body' && !isInternalParameter(parameter)) visit(parameter.schema);
    }
    visit(unit.notificationContent?.schema ?? successSchema(unit)?.schema);
  }
  return connector.definitions.map((unit) => unit.name).filter((name) => reached.has(name));
}
