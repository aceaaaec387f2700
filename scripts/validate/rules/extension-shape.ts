import { asObject, isObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

type Check = (value: unknown) => string | undefined;

const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    typeof v === 'string' && allowed.includes(v) ? undefined : `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false (a boolean, not a string)');
const text: Check = (v) => (typeof v === 'string' ? undefined : 'must be a string');
const object =
  (required: string[] = [], fields: Record<string, Check> = {}): Check =>
  (v) => {
    if (!isObject(v)) return 'must be an object';
    const missing = required.filter((k) => v[k] === undefined);
    if (missing.length > 0) return `must have ${missing.map((m) => `'${m}'`).join(' and ')}`;
    for (const [key, check] of Object.entries(fields)) {
      if (v[key] === undefined) continue;
      const problem = check(v[key]);
      if (problem) return `'${key}' ${problem}`;
    }
    return undefined;
  };
const arrayOf =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return 'must be an array';
    for (const [i, entry] of v.entries()) {
      const problem = item(entry);
      if (problem) return `item ${i} ${problem}`;
    }
    return undefined;
  };

const dynamicValues: Check = (v) => {
  const o = asObject(v);
  if (!o) return 'must be an object';
  const sources = ['operationId', 'builtInOperation', 'capability'].filter((k) => o[k] !== undefined);
  if (sources.length !== 1) return "must name exactly one of 'operationId', 'builtInOperation' or 'capability'";
  return object([], { operationId: text, 'value-path': text, 'value-title': text, 'value-collection': text, parameters: object() })(v);
};

const dynamicListParameters: Check = (v) => {
  const o = asObject(v);
  if (!o) return 'must be an object';
  for (const [name, value] of Object.entries(o)) {
    const p = asObject(value);
    const forms = p ? ['value', 'parameterReference'].filter((k) => p[k] !== undefined) : [];
    if (forms.length !== 1) return `'${name}' must be {"value": ...} or {"parameterReference": "..."}`;
  }
  return undefined;
};

/** The shape of each extension's value, from Microsoft's schema and documentation. */
export const SHAPES: Record<string, Check> = {
  'x-ms-visibility': oneOf('important', 'advanced', 'internal'),
  'x-ms-trigger': oneOf('batch', 'single'),
  'x-ms-trigger-metadata': object(['kind', 'mode'], { kind: oneOf('query'), mode: oneOf('polling') }),
  'x-ms-url-encoding': oneOf('single', 'double'),
  'x-ms-summary': text,
  'x-ms-trigger-hint': text,
  'x-ms-notification-url': bool,
  'x-ms-safe-operation': bool,
  'x-ms-no-generic-test': bool,
  'x-ms-media-kind': oneOf('image', 'audio'),
  'x-ms-pageable': object(['nextLinkName'], { nextLinkName: text }),
  'x-ms-notification': object(['operationId'], { operationId: text }),
  'x-ms-notification-content': object(['schema'], { schema: object() }),
  'x-ms-enum-values': arrayOf(object(['value', 'displayName'], { displayName: text })),
  'x-ms-dynamic-values': dynamicValues,
  'x-ms-dynamic-list': object(['operationId'], { operationId: text, itemsPath: text, itemValuePath: text, itemTitlePath: text, parameters: dynamicListParameters }),
  'x-ms-dynamic-schema': object(['operationId'], { operationId: text, 'value-path': text, parameters: object() }),
  'x-ms-dynamic-properties': object(['operationId'], { operationId: text, itemValuePath: text, parameters: dynamicListParameters }),
  'x-ms-trigger-value': object([], { 'value-collection': text, 'value-path': text }),
  'x-ms-connector-metadata': arrayOf(object(['propertyName', 'propertyValue'], { propertyName: text, propertyValue: text })),
  'x-ms-docs': arrayOf(object(['url', 'description'], { url: text, description: text })),
  'x-ms-deployment-version': (v) => (typeof v === 'string' && /^\d+(\.\d+)+$/.test(v) ? undefined : 'must be a version such as "1.0.2"'),
  'x-ms-api-annotation': object([], { status: oneOf('Production', 'Preview'), family: text, revision: (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : 'must be an integer of at least 1') }),
  'x-ms-capabilities': (v) => (isObject(v) ? undefined : 'must be an object'),
  'x-ms-keywords': arrayOf(text),
};

/** Extensions whose values hold schemas or parameter maps: their insides are not extensions. */
const OPAQUE = new Set(['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-capabilities', 'x-ms-openai-data', 'x-ms-openai-manifest', 'x-ms-dynamic-tree']);

/** Keys whose values are sample data, where an `x-ms-*` key is just data. */
const DATA = new Set(['example', 'examples', 'default', 'enum', 'x-ms-test-value']);

const messages = {
  badShape: (key: string, problem: string) => `${key} ${problem}.`,
};

const rule = defineRule({
  id: 'extension-shape',
  description: 'Each x-ms-* extension has the value shape Power Platform expects (enums, booleans, required fields).',
  docs: ruleDocs('extension-shape'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      if (Array.isArray(node.value)) continue;
      if (node.at.some((s, i) => typeof s === 'string' && (OPAQUE.has(s) || (DATA.has(s) && node.at[i - 1] !== 'properties')))) continue;
      // `properties` maps and `definitions` hold names, not extensions.
      const last = node.at[node.at.length - 1];
      if (last === 'properties' || last === 'definitions') continue;
      for (const [key, value] of Object.entries(node.value)) {
        const shape = key.startsWith('x-ms-') ? SHAPES[key] : undefined;
        const problem = shape?.(value);
        if (problem) out.push({ pointer: pointer(node.at, key), message: messages.badShape(key, problem) });
      }
    }
    return out.sort((a, b) => a.pointer.localeCompare(b.pointer));
  },
});
export default rule;
