/** Small swaggers with lookups, shared by the x-ms-dynamic-* rule tests. */
import { op, pathParam, swagger } from './testing.js';

type Json = Record<string, unknown>;

export const listProjects = op({
  operationId: 'ListProjects',
  'x-ms-visibility': 'internal',
  parameters: [{ name: 'workspace', in: 'query', required: true, type: 'string' }],
  responses: {
    '200': {
      description: 'OK',
      schema: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/definitions/Project' } } } },
    },
  },
});

export const getProjectSchema = op({
  operationId: 'GetProjectSchema',
  'x-ms-visibility': 'internal',
  parameters: [pathParam('project')],
  responses: { '200': { description: 'OK', schema: { type: 'object', properties: { schema: { type: 'object', properties: {} } } } } },
});

export const goodValues = {
  operationId: 'ListProjects',
  'value-collection': 'value',
  'value-path': 'id',
  'value-title': 'name',
  parameters: { workspace: { parameter: 'workspace' } },
};

export const goodList = {
  operationId: 'ListProjects',
  itemsPath: 'value',
  itemValuePath: 'id',
  itemTitlePath: 'name',
  parameters: { workspace: { parameterReference: 'workspace' } },
};

export const goodSchema = { operationId: 'GetProjectSchema', 'value-path': 'schema', parameters: { project: { parameter: 'project' } } };
export const goodProperties = { operationId: 'GetProjectSchema', itemValuePath: 'schema', parameters: { project: { parameterReference: 'project' } } };

/** GET /projects/{project}/items with a picker on `project` and a dynamic body on POST. */
export function lookupSwagger(picker: Json = { 'x-ms-dynamic-values': goodValues, 'x-ms-dynamic-list': goodList }, body: Json = { 'x-ms-dynamic-schema': goodSchema, 'x-ms-dynamic-properties': goodProperties }): Json {
  return swagger(
    {
      '/projects': { get: listProjects },
      '/projects/{project}/schema': { get: getProjectSchema },
      '/projects/{project}/items': {
        post: op({
          operationId: 'CreateItem',
          parameters: [
            { name: 'workspace', in: 'query', required: true, type: 'string' },
            pathParam('project', picker),
            { name: 'item', in: 'body', required: true, schema: { type: 'object', ...body } },
          ],
        }),
      },
    },
    { definitions: { Project: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } } },
  );
}

export const PICKER = '/paths/~1projects~1{project}~1items/post/parameters/1';
export const BODY_SCHEMA = '/paths/~1projects~1{project}~1items/post/parameters/2/schema';
