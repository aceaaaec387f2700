import { asArray, asObject, HTTP_METHODS, pointer, type JsonObject } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/**
 * Where each x-ms-* extension may stand: Microsoft's apiDefinition schema, plus the extensions its
 * remote validator accepts in certified connectors although the (stale) schema does not list them.
 */
const COMMON_PARAMETER = ['x-ms-dynamic-list', 'x-ms-dynamic-values', 'x-ms-summary', 'x-ms-test-value', 'x-ms-visibility'];
const NON_BODY = [...COMMON_PARAMETER, 'x-ms-enum-values', 'x-ms-localizeDefaultValue', 'x-ms-parameter-location', 'x-ms-trigger-value', 'x-ms-editor', 'x-ms-editor-options'];

export const ALLOWED: Record<string, readonly string[]> = {
  root: ['x-ms-capabilities', 'x-ms-connector-metadata', 'x-ms-docs', 'x-ms-openai-manifest'],
  info: ['x-ms-deployment-version', 'x-ms-api-annotation', 'x-ms-keywords', 'x-ms-openai-published-to-copilots'],
  pathItem: ['x-ms-notification-content'],
  operation: [
    'x-ms-api-annotation', 'x-ms-capabilities', 'x-ms-no-generic-test', 'x-ms-operation-context', 'x-ms-pageable',
    'x-ms-safe-operation', 'x-ms-summary', 'x-ms-trigger', 'x-ms-trigger-hint', 'x-ms-trigger-metadata',
    'x-ms-notification', 'x-ms-visibility', 'x-ms-openai-data', 'x-ms-apihub-cached-response',
  ],
  // Dynamic extensions on a body parameter are dynamic-extension-on-body-parameter's concern.
  'parameter:body': [...COMMON_PARAMETER, 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'],
  'parameter:header': NON_BODY,
  'parameter:formData': NON_BODY,
  'parameter:query': [...NON_BODY, 'x-ms-dynamic-tree', 'x-ms-url-encoding'],
  'parameter:path': [...NON_BODY, 'x-ms-dynamic-tree', 'x-ms-url-encoding', 'x-ms-skip-url-encoding'],
  response: ['x-ms-summary'],
  header: ['x-ms-summary', 'x-ms-visibility'],
  schema: [
    'x-ms-dynamic-list', 'x-ms-dynamic-values', 'x-ms-enum', 'x-ms-enum-values', 'x-ms-localizeDefaultValue',
    'x-ms-notification-url', 'x-ms-summary', 'x-ms-test-value', 'x-ms-visibility', 'x-ms-media-kind',
    'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree', 'x-ms-editor', 'x-ms-editor-options',
  ],
};

const KNOWN = new Set(Object.values(ALLOWED).flat());

const LABEL: Record<string, string> = {
  root: 'the document root',
  info: 'info',
  pathItem: 'a path item',
  operation: 'an operation',
  response: 'a response',
  header: 'a response header',
  schema: 'a schema',
};

function where(location: string): string {
  return LABEL[location] ?? `a ${location.slice('parameter:'.length)} parameter`;
}

function homesOf(key: string): string {
  return Object.entries(ALLOWED)
    .filter(([, keys]) => keys.includes(key))
    .map(([location]) => where(location))
    .join(', ');
}

const messages = {
  misplaced: (key: string, location: string, homes: string) => `${key} is not allowed on ${location}; it belongs on ${homes}.`,
  unknownExtension: (key: string) => `${key} is not a Power Platform extension; use an x- prefix without 'ms-' for your own extensions.`,
};

function checkObject(object: JsonObject | undefined, location: string, at: PointerSegments, out: Finding[]): void {
  if (!object) return;
  const allowed = ALLOWED[location] ?? [];
  for (const key of Object.keys(object)) {
    if (!key.startsWith('x-ms-') || allowed.includes(key)) continue;
    const message = KNOWN.has(key)
      ? messages.misplaced(key, where(location), homesOf(key))
      : messages.unknownExtension(key);
    out.push({ pointer: pointer(at, key), message });
  }
}

function walkSchema(schema: unknown, at: PointerSegments, out: Finding[]): void {
  const stack: [unknown, PointerSegments][] = [[schema, at]];
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    const object = asObject(value);
    if (!object || typeof object.$ref === 'string') continue;
    checkObject(object, 'schema', where, out);
    for (const [name, child] of Object.entries(asObject(object.properties) ?? {})) stack.push([child, [...where, 'properties', name]]);
    for (const key of ['items', 'additionalProperties', 'not']) if (asObject(object[key])) stack.push([object[key], [...where, key]]);
    asArray(object.allOf).forEach((item, i) => stack.push([item, [...where, 'allOf', i]]));
  }
}

function walkParameter(raw: unknown, at: PointerSegments, out: Finding[]): void {
  const parameter = asObject(raw);
  if (!parameter || typeof parameter.$ref === 'string' || typeof parameter.in !== 'string') return;
  checkObject(parameter, `parameter:${parameter.in}`, at, out);
  if (parameter.in === 'body') walkSchema(parameter.schema, [...at, 'schema'], out);
}

function walkResponse(raw: unknown, at: PointerSegments, out: Finding[]): void {
  const response = asObject(raw);
  if (!response || typeof response.$ref === 'string') return;
  checkObject(response, 'response', at, out);
  for (const [name, header] of Object.entries(asObject(response.headers) ?? {})) checkObject(asObject(header), 'header', [...at, 'headers', name], out);
  walkSchema(response.schema, [...at, 'schema'], out);
}

const rule = defineRule({
  id: 'extension-placement',
  description: 'Each x-ms-* extension stands only where Power Platform reads it, and is a known extension.',
  docs: ruleDocs('extension-placement'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const doc = ctx.swagger;
    const out: Finding[] = [];
    if (!doc) return out;
    checkObject(doc, 'root', [], out);
    checkObject(asObject(doc.info), 'info', ['info'], out);
    for (const [name, schema] of Object.entries(asObject(doc.definitions) ?? {})) walkSchema(schema, ['definitions', name], out);
    for (const [name, parameter] of Object.entries(asObject(doc.parameters) ?? {})) walkParameter(parameter, ['parameters', name], out);
    for (const [name, response] of Object.entries(asObject(doc.responses) ?? {})) walkResponse(response, ['responses', name], out);
    for (const [path, rawItem] of Object.entries(asObject(doc.paths) ?? {})) {
      const item = asObject(rawItem);
      if (!item) continue;
      const itemAt = ['paths', path];
      checkObject(item, 'pathItem', itemAt, out);
      walkSchema(asObject(item['x-ms-notification-content'])?.schema, [...itemAt, 'x-ms-notification-content', 'schema'], out);
      asArray(item.parameters).forEach((p, i) => walkParameter(p, [...itemAt, 'parameters', i], out));
      for (const method of HTTP_METHODS) {
        const operation = asObject(item[method]);
        if (!operation) continue;
        const opAt = [...itemAt, method];
        checkObject(operation, 'operation', opAt, out);
        asArray(operation.parameters).forEach((p, i) => walkParameter(p, [...opAt, 'parameters', i], out));
        for (const [code, response] of Object.entries(asObject(operation.responses) ?? {})) walkResponse(response, [...opAt, 'responses', code], out);
      }
    }
    return out;
  },
});
export default rule;
