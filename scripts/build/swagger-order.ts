/**
 * Puts the keys of a Swagger 2.0 document in the order the specification lists them, so the
 * emitted file reads like a hand-written one and does not depend on how the TypeScript happened to
 * be written. Known keys come first in spec order, other keys (extensions) after them sorted by
 * name. Maps keyed by user names (paths, definitions, properties) keep a fixed order too: paths and
 * definitions sorted, properties as authored (their order is meaningful to readers).
 * @see https://swagger.io/specification/v2/
 */
import { setMember } from '../core/json.js';

type Kind =
  | 'document'
  | 'info'
  | 'contact'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'responses'
  | 'response'
  | 'headers'
  | 'header'
  | 'schema'
  | 'schemaMap'
  | 'securityDefinitions'
  | 'securityScheme'
  | 'notificationContent'
  | 'verbatim';

/** The JSON Schema validation keywords parameters and schemas share, in the specification's order. */
const VALIDATION_KEYWORDS = [
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
] as const;

const KEY_ORDER: Partial<Record<Kind, readonly string[]>> = {
  document: [
    'swagger',
    'info',
    'host',
    'basePath',
    'schemes',
    'consumes',
    'produces',
    'paths',
    'definitions',
    'parameters',
    'responses',
    'securityDefinitions',
    'security',
    'tags',
    'externalDocs',
  ],
  info: ['title', 'description', 'termsOfService', 'contact', 'license', 'version'],
  contact: ['name', 'url', 'email'],
  pathItem: ['$ref', 'get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'parameters'],
  operation: [
    'tags',
    'summary',
    'description',
    'externalDocs',
    'operationId',
    'consumes',
    'produces',
    'parameters',
    'responses',
    'schemes',
    'deprecated',
    'security',
  ],
  parameter: [
    'name',
    'in',
    'description',
    'required',
    'schema',
    'type',
    'format',
    'allowEmptyValue',
    'items',
    'collectionFormat',
    'default',
    ...VALIDATION_KEYWORDS,
    'enum',
    'multipleOf',
  ],
  response: ['description', 'schema', 'headers', 'examples'],
  header: ['description', 'type', 'format', 'items', 'collectionFormat', 'default', 'enum'],
  schema: [
    '$ref',
    'title',
    'description',
    'type',
    'format',
    'default',
    'multipleOf',
    ...VALIDATION_KEYWORDS,
    'maxProperties',
    'minProperties',
    'required',
    'enum',
    'items',
    'allOf',
    'properties',
    'additionalProperties',
    'discriminator',
    'readOnly',
    'xml',
    'externalDocs',
    'example',
  ],
  securityScheme: ['type', 'description', 'name', 'in', 'flow', 'authorizationUrl', 'tokenUrl', 'scopes'],
  notificationContent: ['description', 'schema'],
};

/** Which kind of object sits under a key of an object of a given kind. */
function childKind(parent: Kind, key: string): Kind {
  switch (parent) {
    case 'document':
      if (key === 'info') return 'info';
      if (key === 'paths') return 'paths';
      if (key === 'definitions') return 'schemaMap';
      if (key === 'securityDefinitions') return 'securityDefinitions';
      if (key === 'responses') return 'responses';
      return 'verbatim';
    case 'info':
      return key === 'contact' ? 'contact' : 'verbatim';
    case 'paths':
      return 'pathItem';
    case 'pathItem':
      if (key === 'x-ms-notification-content') return 'notificationContent';
      return key === 'parameters' || key.startsWith('x-') ? 'verbatim' : 'operation';
    case 'operation':
      return key === 'responses' ? 'responses' : 'verbatim';
    case 'responses':
      return 'response';
    case 'response':
      if (key === 'schema') return 'schema';
      if (key === 'headers') return 'headers';
      return 'verbatim';
    case 'headers':
      return 'header';
    case 'parameter':
    case 'notificationContent':
      return key === 'schema' ? 'schema' : 'verbatim';
    case 'schema':
      if (key === 'properties') return 'schemaMap';
      if (key === 'items' || key === 'additionalProperties') return 'schema';
      return 'verbatim';
    case 'schemaMap':
      return 'schema';
    case 'securityDefinitions':
      return 'securityScheme';
    default:
      return 'verbatim';
  }
}

/** Maps whose keys are user names and that read best sorted. */
const SORTED_MAPS: ReadonlySet<Kind> = new Set(['paths', 'responses', 'headers', 'securityDefinitions']);

export function orderSwagger(document: unknown): unknown {
  return order(document, 'document');
}

function order(value: unknown, kind: Kind): unknown {
  if (Array.isArray(value)) return value.map((item) => order(item, kind));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let ordered: string[];
  if (kind === 'verbatim' || kind === 'schemaMap') {
    ordered = keys;
  } else if (SORTED_MAPS.has(kind)) {
    ordered = [...keys].sort();
  } else {
    const known = KEY_ORDER[kind] ?? [];
    ordered = [...known.filter((k) => k in record), ...keys.filter((k) => !known.includes(k)).sort()];
  }
  const out: Record<string, unknown> = {};
  for (const key of ordered) {
    const child = record[key];
    if (kind === 'operation' && key === 'parameters' && Array.isArray(child)) {
      setMember(out, key, child.map((p) => order(p, 'parameter')));
    } else if (kind === 'document' && key === 'definitions') {
      const defs = child as Record<string, unknown>;
      setMember(out, key, Object.fromEntries(
        Object.keys(defs)
          .sort()
          .map((name) => [name, order(defs[name], 'schema')]),
      ));
    } else {
      setMember(out, key, order(child, childKind(kind, key)));
    }
  }
  return out;
}
