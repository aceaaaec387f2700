/**
 * A connector version as the flows that use it see it: operations keyed by operationId (what a
 * flow stores), each with its inputs and outputs flattened to fields keyed the way a flow refers
 * to them (`dataset`, `body/name`, `body/items[]/id`). Rules compare these views, never raw paths.
 *
 * Local `$ref`s are followed so a field carries both where it was declared and what it resolves to;
 * a `$ref` already being expanded higher up the same branch stops the walk there (recursive schemas).
 */
import type { PointerSegments } from '../core/json-pointer.js';
import { followRefs as followLocalRefs, mergedParameters as mergeParameters, swaggerOperations } from '../core/swagger-walk.js';
import { arrayAt, isObject, objectAt, objectEntries, stringAt, type JsonObject } from './json.js';

/** Deeper than any real connector schema; only a guard against pathological documents. */
const MAX_DEPTH = 32;
/**
 * Fields per operation direction. Shared definitions are expanded at every use, so a document whose
 * definitions each refer to another several times grows exponentially; this bounds the work.
 */
export const MAX_FIELDS = 5000;
/**
 * Schema nodes one version may visit across all its operations. The field cap bounds one
 * operation, but 300 operations sharing definitions that fan out to each other reach it 300 times
 * (an out-of-memory error at 63 KB of input). A view that reaches this budget says so
 * (`budgetReached`), and the diff reports it as a finding instead of comparing partial views.
 * Real connectors visit far fewer: the largest certified ones (about 1 MB) about 6,000, and
 * the 10 MB document of bench/diff.bench.ts about 105,000.
 */
export const MAX_SCHEMA_NODES = 150_000;

/** Where a view stopped expanding schemas because it visited {@link MAX_SCHEMA_NODES}. */
export interface BudgetReached {
  /** The operation being expanded when the budget ran out. */
  operationId: string;
  visited: number;
}

interface Budget {
  limit: number;
  remaining: number;
  reached: BudgetReached | undefined;
  operationId: string;
}

export interface SchemaNode {
  node: JsonObject;
  pointer: PointerSegments;
}

export interface Field {
  /** How a flow names the field: `dataset`, `body/name`, `body/items[]/id`. */
  key: string;
  /** The enclosing field's key; undefined for a parameter or an output root. */
  parentKey: string | undefined;
  /** Inputs: the parameter's `in`. Outputs: `response` or `notification`. */
  location: string;
  /** Required by its parent (a parameter's own `required`, or listed in the parent schema's `required`). */
  required: boolean;
  /** Where that requirement is written: the parameter's `required`, or the parent schema's `required` array. */
  requiredPointer: PointerSegments;
  /** The declaration first, then every object reached from it through `$ref`. */
  nodes: readonly SchemaNode[];
  type: string | undefined;
  /** The walk stopped here because the schema refers back to itself. */
  cyclic: boolean;
}

export type TriggerKind = string;

export interface OperationView {
  operationId: string;
  path: string;
  method: string;
  pointer: PointerSegments;
  operation: JsonObject;
  pathItem: JsonObject;
  /** `action`, or `webhook (single)`, `polling (batch)`, … */
  triggerKind: TriggerKind;
  inputs: ReadonlyMap<string, Field>;
  outputs: ReadonlyMap<string, Field>;
}

/**
 * An operation the diff cannot follow from one version to the other, since flows name operations
 * by operationId: it has none, or repeats one an earlier operation already has.
 */
export interface UncomparedOperation {
  method: string;
  path: string;
  pointer: PointerSegments;
  /** The earlier operation whose operationId this one repeats; absent when it has no operationId. */
  duplicateOf?: { operationId: string; method: string; path: string };
}

export interface ConnectorView {
  swagger: JsonObject;
  apiProperties: JsonObject | undefined;
  operations: ReadonlyMap<string, OperationView>;
  /** Operations left out of `operations`, in document order, so a caller can say they were not compared. */
  uncompared: readonly UncomparedOperation[];
  /** Set when the walk ran out of its schema-node budget: the inputs and outputs are incomplete. */
  budgetReached?: BudgetReached;
}

export function buildView(swagger: JsonObject, apiProperties?: JsonObject, maxSchemaNodes = MAX_SCHEMA_NODES): ConnectorView {
  const operations = new Map<string, OperationView>();
  const uncompared: UncomparedOperation[] = [];
  const budget: Budget = { limit: maxSchemaNodes, remaining: maxSchemaNodes, reached: undefined, operationId: '' };
  for (const { path, method, pathItem, operation } of swaggerOperations(swagger)) {
    const operationId = stringAt(operation, 'operationId');
    // Without an operationId no flow can refer to the operation; the first of a duplicate id wins.
    const first = operationId === undefined ? undefined : operations.get(operationId);
    if (operationId === undefined || first) {
      const pointer = ['paths', path, method];
      uncompared.push({ method, path, pointer, ...(first ? { duplicateOf: { operationId: first.operationId, method: first.method, path: first.path } } : {}) });
      continue;
    }
    budget.operationId = operationId;
    operations.set(operationId, buildOperation(swagger, path, method, pathItem, operation, operationId, budget));
  }
  return { swagger, apiProperties, operations, uncompared, ...(budget.reached ? { budgetReached: budget.reached } : {}) };
}

function buildOperation(
  doc: JsonObject,
  path: string,
  method: string,
  pathItem: JsonObject,
  operation: JsonObject,
  operationId: string,
  budget: Budget,
): OperationView {
  const pointer = ['paths', path, method];
  const inputs = collectInputs(doc, path, pathItem, operation, pointer, budget);
  const triggerKind = triggerKindOf(operation, pathItem, inputs);
  const outputs = collectOutputs(doc, path, pathItem, operation, pointer, triggerKind.startsWith('webhook'), budget);
  return { operationId, path, method, pointer, operation, pathItem, triggerKind, inputs, outputs };
}

function triggerKindOf(operation: JsonObject, pathItem: JsonObject, inputs: ReadonlyMap<string, Field>): TriggerKind {
  const trigger = stringAt(operation, 'x-ms-trigger');
  if (trigger === undefined) return 'action';
  const webhook =
    isObject(pathItem['x-ms-notification-content']) ||
    [...inputs.values()].some((field) => lookup(field, 'x-ms-notification-url')?.value === true);
  return `${webhook ? 'webhook' : 'polling'} (${trigger})`;
}

/** The first node of the field that has `key`, with the pointer to that key. */
export function lookup(field: Field, key: string): { value: unknown; pointer: PointerSegments } | undefined {
  for (const { node, pointer } of field.nodes) {
    if (Object.prototype.hasOwnProperty.call(node, key)) return { value: node[key], pointer: [...pointer, key] };
  }
  return undefined;
}

/** Where a field is declared: the parameter, or the property entry in its parent schema. */
export function declarationPointer(field: Field): PointerSegments {
  return field.nodes[0]?.pointer ?? [];
}

// ---- inputs ------------------------------------------------------------------------------------

/** The operation's effective parameters (see core's mergedParameters) that have a name and a location. */
function mergedParameters(doc: JsonObject, path: string, pathItem: JsonObject, operation: JsonObject, opPointer: PointerSegments): SchemaNode[] {
  return mergeParameters(doc, { path, pathItem, operation, at: opPointer })
    .filter(({ parameter }) => stringAt(parameter, 'name') !== undefined && stringAt(parameter, 'in') !== undefined)
    .map(({ parameter, definedAt }) => ({ node: parameter, pointer: definedAt }));
}

function collectInputs(doc: JsonObject, path: string, pathItem: JsonObject, operation: JsonObject, opPointer: PointerSegments, budget: Budget) {
  const fields = new Map<string, Field>();
  for (const parameter of mergedParameters(doc, path, pathItem, operation, opPointer)) {
    const name = stringAt(parameter.node, 'name')!;
    const location = stringAt(parameter.node, 'in')!;
    const nodes: SchemaNode[] = [parameter];
    const schema = objectAt(parameter.node, 'schema');
    if (location === 'body' && schema) nodes.push({ node: schema, pointer: [...parameter.pointer, 'schema'] });
    walk(doc, fields, budget, {
      key: name,
      parentKey: undefined,
      location,
      required: parameter.node['required'] === true,
      requiredPointer: [...parameter.pointer, 'required'],
      nodes,
      refStack: undefined,
      depth: 0,
    });
  }
  return fields;
}

// ---- outputs -----------------------------------------------------------------------------------

function collectOutputs(
  doc: JsonObject,
  path: string,
  pathItem: JsonObject,
  operation: JsonObject,
  opPointer: PointerSegments,
  webhook: boolean,
  budget: Budget,
) {
  const fields = new Map<string, Field>();
  const start = (key: string, location: string, root: SchemaNode) =>
    walk(doc, fields, budget, {
      key,
      parentKey: undefined,
      location,
      required: true,
      requiredPointer: root.pointer,
      nodes: [root],
      refStack: undefined,
      depth: 0,
    });
  if (webhook) {
    const payload = notificationSchema(path, pathItem);
    if (payload) start('body', 'notification', payload);
    return fields;
  }
  const response = successResponse(doc, operation, opPointer);
  if (!response) return fields;
  const schema = objectAt(response.node, 'schema');
  if (schema) start('body', 'response', { node: schema, pointer: [...response.pointer, 'schema'] });
  // Declared response headers are outputs too (`headers/Location` in a flow).
  for (const [name, header] of objectEntries(response.node['headers'])) {
    start(`headers/${name}`, 'response', { node: header, pointer: [...response.pointer, 'headers', name] });
  }
  return fields;
}

/** A webhook trigger's outputs are what the service posts to the callback, not the subscribe response. */
export function notificationSchema(path: string, pathItem: JsonObject): SchemaNode | undefined {
  const schema = objectAt(objectAt(pathItem, 'x-ms-notification-content'), 'schema');
  return schema ? { node: schema, pointer: ['paths', path, 'x-ms-notification-content', 'schema'] } : undefined;
}

/**
 * The lowest 2xx response with a body schema, else the lowest 2xx: what a flow's outputs come from
 * (flows see the body and headers, not the status code).
 */
function successResponse(doc: JsonObject, operation: JsonObject, opPointer: PointerSegments): SchemaNode | undefined {
  const responses = objectAt(operation, 'responses');
  const candidates = Object.keys(responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort()
    .flatMap((code) => {
      const node = objectAt(responses, code);
      return node ? [followRefs(doc, { node, pointer: [...opPointer, 'responses', code] }).chain.at(-1)!] : [];
    });
  return candidates.find((response) => isObject(response.node['schema'])) ?? candidates[0];
}

// ---- schema walk -------------------------------------------------------------------------------

/** The `$ref`s being expanded above a node, innermost first. */
interface RefChain {
  ref: string;
  parent: RefChain | undefined;
}

function onChain(chain: RefChain | undefined, ref: string): boolean {
  for (let link = chain; link; link = link.parent) if (link.ref === ref) return true;
  return false;
}

interface WalkState {
  key: string;
  parentKey: string | undefined;
  location: string;
  required: boolean;
  requiredPointer: PointerSegments;
  nodes: SchemaNode[];
  refStack: RefChain | undefined;
  depth: number;
}

function walk(doc: JsonObject, out: Map<string, Field>, budget: Budget, state: WalkState): void {
  // An operation already at its field cap visits nothing more, and spends none of the budget.
  if (out.size >= MAX_FIELDS) return;
  if (budget.remaining <= 0) {
    budget.reached ??= { operationId: budget.operationId, visited: budget.limit };
    return;
  }
  budget.remaining--;
  const last = state.nodes[state.nodes.length - 1]!;
  const { chain, refs } = followRefs(doc, last);
  const nodes = state.nodes.length === 1 ? chain : [...state.nodes.slice(0, -1), ...chain];
  const resolved = chain[chain.length - 1]!;
  const cyclic = refs.some((ref) => onChain(state.refStack, ref));
  if (out.has(state.key) || out.size >= MAX_FIELDS) return;
  out.set(state.key, {
    key: state.key,
    parentKey: state.parentKey,
    location: state.location,
    required: state.required,
    requiredPointer: state.requiredPointer,
    nodes,
    type: typeOf(resolved.node),
    cyclic,
  });
  if (cyclic || state.depth >= MAX_DEPTH) return;

  // A shared, immutable chain instead of a Set copied at every node: the walk visits hundreds of
  // thousands of nodes, and the chain is never longer than MAX_DEPTH references deep per level.
  let refStack = state.refStack;
  for (const ref of refs) refStack = { ref, parent: refStack };
  const child = (key: string, node: SchemaNode, required: boolean, requiredPointer: PointerSegments): WalkState => ({
    key,
    parentKey: state.key,
    location: state.location,
    required,
    requiredPointer,
    nodes: [node],
    refStack,
    depth: state.depth + 1,
  });
  for (const member of objectMembers(doc, resolved, refStack)) {
    const required = arrayAt(member.node, 'required') ?? [];
    const requiredPointer = [...member.pointer, 'required'];
    for (const [name, property] of objectEntries(member.node['properties'])) {
      const node = { node: property, pointer: [...member.pointer, 'properties', name] };
      walk(doc, out, budget, child(`${state.key}/${name}`, node, required.includes(name), requiredPointer));
    }
  }
  const items = objectAt(resolved.node, 'items');
  if (items) {
    const node = { node: items, pointer: [...resolved.pointer, 'items'] };
    walk(doc, out, budget, child(`${state.key}[]`, node, false, node.pointer));
  }
}

/** The schema itself plus its `allOf` members (resolved), which together declare its properties. */
function objectMembers(doc: JsonObject, schema: SchemaNode, refStack: RefChain | undefined): SchemaNode[] {
  const members = [schema];
  arrayAt(schema.node, 'allOf')?.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const { chain, refs } = followRefs(doc, { node: entry, pointer: [...schema.pointer, 'allOf', index] });
    if (refs.some((ref) => onChain(refStack, ref))) return;
    members.push(chain[chain.length - 1]!);
  });
  return members;
}

function typeOf(schema: JsonObject): string | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.join('|');
  if (isObject(schema['properties']) || Array.isArray(schema['allOf'])) return 'object';
  if (isObject(schema['items'])) return 'array';
  return undefined;
}

const NO_REFS: string[] = [];

/**
 * Follows `$ref: "#/..."` from a node until a node without one; stops at an unresolvable or
 * repeated reference (a definition that is only a reference to itself) and before a target that is
 * not an object.
 */
export function followRefs(doc: JsonObject, start: SchemaNode): { chain: SchemaNode[]; refs: string[] } {
  // The walk visits every schema node; most have no `$ref`, so they cost no allocation.
  if (typeof start.node['$ref'] !== 'string') return { chain: [start], refs: NO_REFS };
  const followed = followLocalRefs(doc, { value: start.node, at: start.pointer });
  const chain: SchemaNode[] = [start];
  for (const link of followed.chain.slice(1)) {
    if (!isObject(link.value)) break;
    chain.push({ node: link.value, pointer: link.at });
  }
  return { chain, refs: followed.refs.slice(0, chain.length - 1) };
}
