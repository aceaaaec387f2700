/**
 * A small, valid connector, built from parts so that a test states only what it is about: `op()`
 * is a valid operation, `swagger()` a valid Swagger 2.0 document around given paths, and
 * `apiProperties()` a valid apiProperties.json; `smallConnector()` is the pair. Each part takes
 * overrides. Plain data with no test framework, so it ships in the package's ./testing export.
 */
export type Json = Record<string, unknown>;

/** A valid operation; override what the case is about. */
export function op(overrides: Json = {}): Json {
  return {
    operationId: 'GetItem',
    summary: 'Get an item',
    description: 'Gets one item.',
    responses: { '200': { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } } },
    ...overrides,
  };
}

/** A valid swagger around the given paths (and other root keys). */
export function swagger(paths: Json = { '/items': { get: op() } }, root: Json = {}): Json {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Tasks', version: '1.0', description: 'Manage tasks and projects in Contoso from your flows.' },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths,
    ...root,
  };
}

/** A valid apiProperties around the given `properties` keys. */
export function apiProperties(properties: Json = {}): Json {
  return {
    properties: {
      iconBrandColor: '#3a6ea5',
      capabilities: [],
      connectionParameters: {},
      ...properties,
    },
  };
}

export const pathParam = (name: string, extra: Json = {}): Json => ({
  name,
  in: 'path',
  required: true,
  type: 'string',
  'x-ms-url-encoding': 'single',
  ...extra,
});

/** A connector's two documents: `swagger(paths, root)` and `apiProperties(properties)`. */
export function smallConnector(parts: { paths?: Json; root?: Json; properties?: Json } = {}): { swagger: Json; apiProperties: Json } {
  return { swagger: swagger(parts.paths, parts.root), apiProperties: apiProperties(parts.properties) };
}
