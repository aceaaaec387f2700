/**
 * Derives JSON Schemas (draft-07) for the operations the fake serves from an AutoRest
 * "code-model-v1" document: the operations' method, path, parameters and responses, and every
 * model their responses reach. The code model links objects by numeric `$id`/`$ref`; those are
 * resolved here, models become `#/definitions/<Name>` objects that allow no other properties
 * (so a fake that invents a field fails validation), and enumerations become string enums,
 * named ones shared under their schema name. The output depends only on the input: keys are
 * sorted, so the same code model always gives the same bytes.
 */

type Node = Record<string, unknown>;
export type JsonSchema = Record<string, unknown>;

export interface ServedOperation {
  method: string;
  path: string;
  requestContentType?: string;
  parameters: { name: string; in: string; required: boolean; schema: JsonSchema }[];
  /** Per HTTP status: the body's schema, or `{}` when the code model describes no body. */
  responses: Record<string, { schema?: JsonSchema }>;
}

export interface ServedApiDescription {
  source: { name: string; apiVersion: string; baseUrl: string; operations: number; models: number };
  operations: Record<string, ServedOperation>;
  definitions: Record<string, JsonSchema>;
}

/** AutoRest names responses after .NET's HttpStatusCode; some are left as numbers. */
const statusCodes: Readonly<Record<string, number>> = {
  OK: 200,
  Created: 201,
  Accepted: 202,
  NoContent: 204,
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  Conflict: 409,
  PreconditionFailed: 412,
  UnsupportedMediaType: 415,
  TooManyRequests: 429,
  InternalServerError: 500,
  ServiceUnavailable: 503,
};

const formats: Readonly<Record<string, string>> = { uuid: 'uuid', 'date-time': 'date-time', date: 'date', uri: 'uri' };

export class CodeModelError extends Error {
  override name = 'CodeModelError';
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function raw(name: unknown): string | undefined {
  if (typeof name === 'string') return name;
  return isNode(name) && typeof name['raw'] === 'string' ? name['raw'] : undefined;
}

/** The schema name an object came from (`#/components/schemas/<Name>` of the OpenAPI file AutoRest read). */
function componentName(extensions: unknown): string | undefined {
  if (!isNode(extensions) || !isNode(extensions['x-ms-metadata'])) return undefined;
  const locations = extensions['x-ms-metadata']['originalLocations'];
  if (!Array.isArray(locations)) return undefined;
  for (const location of locations) {
    const match = typeof location === 'string' ? /#\/components\/schemas\/([\w.-]+)$/.exec(location) : null;
    if (match) return match[1];
  }
  return undefined;
}

export function deriveServedApi(codeModel: unknown, operationIds: readonly string[]): ServedApiDescription {
  if (!isNode(codeModel) || !Array.isArray(codeModel['operations']) || !Array.isArray(codeModel['modelTypes'])) {
    throw new CodeModelError('not an AutoRest code model: expected top-level "operations" and "modelTypes" arrays');
  }
  const byId = new Map<string, Node>();
  const index = (value: unknown, depth: number): void => {
    if (depth > 200) throw new CodeModelError('the code model nests deeper than 200 levels');
    if (Array.isArray(value)) for (const item of value) index(item, depth + 1);
    else if (isNode(value)) {
      if (typeof value['$id'] === 'string') byId.set(value['$id'], value);
      for (const item of Object.values(value)) index(item, depth + 1);
    }
  };
  index(codeModel, 0);
  const resolve = (value: unknown, where: string): Node => {
    let node = value;
    for (let hops = 0; isNode(node) && typeof node['$ref'] === 'string'; hops++) {
      if (hops > 10) throw new CodeModelError(`${where}: $ref chain too long`);
      const target = byId.get(node['$ref']);
      if (!target) throw new CodeModelError(`${where}: $ref "${node['$ref']}" points at no $id`);
      node = target;
    }
    if (!isNode(node)) throw new CodeModelError(`${where}: expected an object`);
    return node;
  };

  const definitions: Record<string, JsonSchema> = {};
  const modelNames = new Map<Node, string>();
  const enumNames = new Map<string, string>();

  const modelName = (model: Node, where: string): string => {
    const known = modelNames.get(model);
    if (known) return known;
    const name = raw(model['name']) ?? (typeof model['serializedName'] === 'string' ? model['serializedName'] : undefined);
    if (!name) throw new CodeModelError(`${where}: model without a name`);
    modelNames.set(model, name);
    return name;
  };

  const schemaOf = (type: unknown, where: string, extensions?: unknown): JsonSchema => {
    const node = resolve(type, where);
    switch (node['$type']) {
      case 'PrimaryType': {
        const known = String(node['knownPrimaryType']);
        const format = typeof node['format'] === 'string' ? formats[node['format']] : undefined;
        const base: JsonSchema = (() => {
          switch (known) {
            case 'string':
            case 'uuid':
            case 'dateTime':
            case 'date':
            case 'base64Url':
            case 'byteArray':
              return { type: 'string' };
            case 'int':
            case 'long':
              return { type: 'integer' };
            case 'double':
            case 'decimal':
              return { type: 'number' };
            case 'boolean':
              return { type: 'boolean' };
            case 'object':
              return {};
            default:
              throw new CodeModelError(`${where}: unknown primary type "${known}"`);
          }
        })();
        return format ? { ...base, format } : base;
      }
      case 'SequenceType':
        return { type: 'array', items: schemaOf(node['elementType'], `${where}[]`) };
      case 'DictionaryType':
        return { type: 'object', additionalProperties: schemaOf(node['valueType'], `${where}{}`) };
      case 'EnumType': {
        const values = (Array.isArray(node['values']) ? node['values'] : []).map((v) => String(resolve(v, where)['serializedName']));
        const schema: JsonSchema = { type: 'string', enum: values };
        const name = componentName(extensions);
        if (!name) return schema;
        const key = JSON.stringify(values);
        const existing = enumNames.get(key);
        if (existing) return { $ref: `#/definitions/${existing}` };
        let unique = name;
        for (let n = 2; definitions[unique] !== undefined; n++) unique = `${name}${n}`;
        enumNames.set(key, unique);
        definitions[unique] = schema;
        return { $ref: `#/definitions/${unique}` };
      }
      case 'CompositeType': {
        const name = modelName(node, where);
        if (definitions[name] === undefined) {
          if (node['baseModelType'] !== undefined || node['polymorphicDiscriminator'] !== undefined) {
            throw new CodeModelError(`${where}: model "${name}" uses inheritance, which this derivation does not handle`);
          }
          const properties: Record<string, JsonSchema> = {};
          const required: string[] = [];
          definitions[name] = { type: 'object', properties, additionalProperties: false };
          for (const property of Array.isArray(node['properties']) ? node['properties'] : []) {
            const p = resolve(property, `${name}`);
            const serialized = String(p['serializedName']);
            properties[serialized] = schemaOf(p['modelType'], `${name}.${serialized}`, p['extensions']);
            if (p['isRequired'] === true) required.push(serialized);
          }
          if (required.length > 0) definitions[name]!['required'] = required;
        }
        return { $ref: `#/definitions/${name}` };
      }
      default:
        throw new CodeModelError(`${where}: unknown type kind "${String(node['$type'])}"`);
    }
  };

  const methods = new Map<string, Node>();
  for (const group of codeModel['operations']) {
    for (const method of isNode(group) && Array.isArray(group['methods']) ? group['methods'] : []) {
      const m = resolve(method, 'operations');
      methods.set(String(m['serializedName']), m);
    }
  }

  const operations: Record<string, ServedOperation> = {};
  for (const id of [...operationIds].sort()) {
    const method = methods.get(id);
    if (!method) throw new CodeModelError(`operation "${id}" is not in the code model`);
    const parameters = (Array.isArray(method['parameters']) ? method['parameters'] : [])
      .map((p) => resolve(p, id))
      .filter((p) => p['location'] === 'path' || p['location'] === 'query' || p['location'] === 'body')
      .map((p) => ({
        name: String(p['serializedName']),
        in: String(p['location']),
        required: p['isRequired'] === true,
        schema: schemaOf(p['modelType'], `${id}(${String(p['serializedName'])})`, p['extensions']),
      }));
    const responses: Record<string, { schema?: JsonSchema }> = {};
    for (const [label, response] of Object.entries(isNode(method['responses']) ? method['responses'] : {})) {
      const status = /^\d{3}$/.test(label) ? Number(label) : statusCodes[label];
      if (status === undefined) throw new CodeModelError(`${id}: unknown response "${label}"`);
      const body = resolve(response, `${id} ${label}`)['body'];
      responses[String(status)] = body === undefined ? {} : { schema: schemaOf(body, `${id} ${label}`) };
    }
    const operation: ServedOperation = {
      method: String(method['httpMethod']).toUpperCase(),
      path: String(method['url']),
      parameters,
      responses,
    };
    if (typeof method['requestContentType'] === 'string' && parameters.some((p) => p.in === 'body')) {
      operation.requestContentType = method['requestContentType'];
    }
    operations[id] = operation;
  }

  const methodCount = methods.size;
  return sortKeys({
    source: {
      name: raw(codeModel['name']) ?? '',
      apiVersion: String(codeModel['apiVersion'] ?? ''),
      baseUrl: String(codeModel['baseUrl'] ?? ''),
      operations: methodCount,
      models: codeModel['modelTypes'].length,
    },
    operations,
    definitions,
  }) as ServedApiDescription;
}

/** Object keys sorted at every level (arrays keep their order: enum values and `required` mean something in order). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isNode(value)) return value;
  const out: Node = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}
