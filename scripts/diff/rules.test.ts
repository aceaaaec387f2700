/**
 * One case per rule, breaking and safe: an edit of the base connector and the exact changes it must
 * produce (code, severity, pointer, and the operation when it matters). Exact, so a rule that fires
 * where it should not fails here too.
 */
import { describe, expect, it } from 'vitest';
import { diffConnectors } from './engine.js';
import { ruleIds, type RuleId } from './ruleset.js';
import { baseConnector, changed, type Json } from './test-helpers.js';
import type { ChangeSeverity, Side } from './types.js';

interface Want {
  code: RuleId;
  severity: ChangeSeverity;
  pointer: string;
  operationId?: string | null;
  side?: Side;
}

type Edit = (c: { swagger: Json; apiProperties: Json }) => void;

/** `before` edits the old version (default: the base connector), `edit` the new one. */
type Case = [name: string, { before?: Edit; edit: Edit; want: Want[] }];

const B = 'breaking' as const;
const S = 'non-breaking' as const;
const body = '/paths/~1items/post/parameters/0/schema';

const cases: Case[] = [
  // operation-deleted
  ['deleting an operation', { edit: (c) => delete c.swagger.paths['/items'].post, want: [{ code: 'operation-deleted', severity: B, pointer: '/paths/~1items/post', side: 'old', operationId: 'CreateItem' }] }],
  [
    'renaming an operation counts as deleting it',
    {
      edit: (c) => (c.swagger.paths['/items/{id}'].get.operationId = 'FetchItem'),
      want: [
        { code: 'operation-deleted', severity: B, pointer: '/paths/~1items~1{id}/get', side: 'old', operationId: 'GetItem' },
        { code: 'operation-added', severity: S, pointer: '/paths/~1items~1{id}/get', side: 'new', operationId: 'FetchItem' },
      ],
    },
  ],
  // operation-added
  [
    'adding an operation',
    {
      edit: (c) => (c.swagger.paths['/items/{id}'].delete = { operationId: 'DeleteItem', responses: { '204': { description: 'Deleted' } } }),
      want: [{ code: 'operation-added', severity: S, pointer: '/paths/~1items~1{id}/delete', operationId: 'DeleteItem' }],
    },
  ],
  // operation-hidden
  ['hiding an operation', { edit: (c) => (c.swagger.paths['/items/{id}'].get['x-ms-visibility'] = 'internal'), want: [{ code: 'operation-hidden', severity: B, pointer: '/paths/~1items~1{id}/get/x-ms-visibility' }] }],
  [
    'showing an internal operation is safe',
    {
      before: (c) => (c.swagger.paths['/items/{id}'].get['x-ms-visibility'] = 'internal'),
      edit: () => {},
      want: [],
    },
  ],
  ['moving an operation to advanced is safe', { edit: (c) => (c.swagger.paths['/items/{id}'].get['x-ms-visibility'] = 'advanced'), want: [] }],
  // operation-deprecated
  [
    'deprecating an operation is the safe way to retire it',
    {
      edit: (c) => (c.swagger.paths['/items/{id}'].get.deprecated = true),
      want: [{ code: 'operation-deprecated', severity: S, pointer: '/paths/~1items~1{id}/get/deprecated' }],
    },
  ],
  // path-changed
  [
    'changing the path template',
    {
      edit: (c) => {
        c.swagger.paths['/things/{id}'] = c.swagger.paths['/items/{id}'];
        delete c.swagger.paths['/items/{id}'];
      },
      want: [{ code: 'path-changed', severity: B, pointer: '/paths/~1things~1{id}/get', side: 'new', operationId: 'GetItem' }],
    },
  ],
  [
    'changing the method',
    {
      edit: (c) => {
        c.swagger.paths['/items'].put = c.swagger.paths['/items'].post;
        delete c.swagger.paths['/items'].post;
      },
      want: [{ code: 'path-changed', severity: B, pointer: '/paths/~1items/put' }],
    },
  ],
  // parameter-location-changed
  ['moving a parameter from query to header', { edit: (c) => (c.swagger.paths['/items/{id}'].get.parameters[1].in = 'header'), want: [{ code: 'parameter-location-changed', severity: B, pointer: '/paths/~1items~1{id}/get/parameters/1/in' }] }],
  // required-input-added / optional-input-added
  [
    'adding a required query parameter',
    {
      edit: (c) => c.swagger.paths['/items/{id}'].get.parameters.push({ name: 'version', in: 'query', required: true, type: 'string' }),
      want: [{ code: 'required-input-added', severity: B, pointer: '/paths/~1items~1{id}/get/parameters/2' }],
    },
  ],
  [
    'adding a required body property',
    {
      edit: (c) => {
        c.swagger.paths['/items'].post.parameters[0].schema.properties.owner = { type: 'string' };
        c.swagger.paths['/items'].post.parameters[0].schema.required.push('owner');
      },
      want: [{ code: 'required-input-added', severity: B, pointer: `${body}/properties/owner` }],
    },
  ],
  [
    'adding an optional query parameter',
    {
      edit: (c) => c.swagger.paths['/items/{id}'].get.parameters.push({ name: 'version', in: 'query', type: 'string' }),
      want: [{ code: 'optional-input-added', severity: S, pointer: '/paths/~1items~1{id}/get/parameters/2' }],
    },
  ],
  [
    'adding an optional object whose own properties are required',
    {
      edit: (c) =>
        (c.swagger.paths['/items'].post.parameters[0].schema.properties.address = {
          type: 'object',
          required: ['city'],
          properties: { city: { type: 'string' } },
        }),
      want: [{ code: 'optional-input-added', severity: S, pointer: `${body}/properties/address` }],
    },
  ],
  // input-removed
  ['removing a query parameter', { edit: (c) => c.swagger.paths['/items/{id}'].get.parameters.pop(), want: [{ code: 'input-removed', severity: B, pointer: '/paths/~1items~1{id}/get/parameters/1', side: 'old' }] }],
  ['removing a body property', { edit: (c) => delete c.swagger.paths['/items'].post.parameters[0].schema.properties.count, want: [{ code: 'input-removed', severity: B, pointer: `${body}/properties/count`, side: 'old' }] }],
  // input-made-required
  ['making a query parameter required', { edit: (c) => (c.swagger.paths['/items/{id}'].get.parameters[1].required = true), want: [{ code: 'input-made-required', severity: B, pointer: '/paths/~1items~1{id}/get/parameters/1/required' }] }],
  ['making a body property required', { edit: (c) => c.swagger.paths['/items'].post.parameters[0].schema.required.push('count'), want: [{ code: 'input-made-required', severity: B, pointer: `${body}/required` }] }],
  ['making a body property optional is safe', { edit: (c) => (c.swagger.paths['/items'].post.parameters[0].schema.required = []), want: [] }],
  // parameter-type-changed
  ['changing an input type', { edit: (c) => (c.swagger.paths['/items'].post.parameters[0].schema.properties.count.type = 'string'), want: [{ code: 'parameter-type-changed', severity: B, pointer: `${body}/properties/count/type` }] }],
  ['widening an input from integer to number is safe', { edit: (c) => (c.swagger.paths['/items'].post.parameters[0].schema.properties.count.type = 'number'), want: [] }],
  // enum-value-removed
  ['removing an enum value', { edit: (c) => (c.swagger.paths['/items'].post.parameters[0].schema.properties.status.enum = ['open']), want: [{ code: 'enum-value-removed', severity: B, pointer: `${body}/properties/status/enum` }] }],
  ['imposing an enum on a free input', { edit: (c) => (c.swagger.paths['/items'].post.parameters[0].schema.properties.name.enum = ['a', 'b']), want: [{ code: 'enum-value-removed', severity: B, pointer: `${body}/properties/name/enum` }] }],
  ['adding an enum value is safe', { edit: (c) => c.swagger.paths['/items'].post.parameters[0].schema.properties.status.enum.push('archived'), want: [] }],
  // output-field-deleted / output-field-added / output-field-type-changed (Item is the output of three operations)
  [
    'deleting a field of a definition shared by responses and a webhook payload',
    {
      edit: (c) => delete c.swagger.definitions.Item.properties.name,
      want: [
        ...['CreateItem', 'GetItem'].map((operationId) => ({
          code: 'output-field-deleted' as const,
          severity: B,
          pointer: '/definitions/Item/properties/name',
          side: 'old' as const,
          operationId,
        })),
        { code: 'notification-payload-changed', severity: B, pointer: '/definitions/Item/properties/name', side: 'old', operationId: 'OnItemCreated' },
      ],
    },
  ],
  [
    'deleting a field of an inline response schema',
    {
      edit: (c) => delete c.swagger.paths['/categories'].get.responses['200'].schema.properties.value.items.properties.id,
      want: [{ code: 'output-field-deleted', severity: B, pointer: '/paths/~1categories/get/responses/200/schema/properties/value/items/properties/id', operationId: 'ListCategories' }],
    },
  ],
  [
    'deleting a response header',
    {
      edit: (c) => delete c.swagger.paths['/items/{id}'].get.responses['200'].headers.ETag,
      want: [{ code: 'output-field-deleted', severity: B, pointer: '/paths/~1items~1{id}/get/responses/200/headers/ETag', side: 'old', operationId: 'GetItem' }],
    },
  ],
  [
    'adding a response header',
    {
      edit: (c) => (c.swagger.paths['/items/{id}'].get.responses['200'].headers['Last-Modified'] = { type: 'string' }),
      want: [{ code: 'output-field-added', severity: S, pointer: '/paths/~1items~1{id}/get/responses/200/headers/Last-Modified' }],
    },
  ],
  [
    'adding an output field',
    {
      edit: (c) => (c.swagger.definitions.Item.properties.createdOn = { type: 'string', format: 'date-time' }),
      want: ['CreateItem', 'GetItem', 'OnItemCreated'].map((operationId) => ({
        code: 'output-field-added' as const,
        severity: S,
        pointer: '/definitions/Item/properties/createdOn',
        operationId,
      })),
    },
  ],
  [
    'changing an output field type',
    {
      edit: (c) => (c.swagger.definitions.Item.properties.count.type = 'string'),
      want: [
        ...['CreateItem', 'GetItem'].map((operationId) => ({
          code: 'output-field-type-changed' as const,
          severity: B,
          pointer: '/definitions/Item/properties/count/type',
          operationId,
        })),
        { code: 'notification-payload-changed', severity: B, pointer: '/definitions/Item/properties/count/type', operationId: 'OnItemCreated' },
      ],
    },
  ],
  ['narrowing an output from number to integer is safe', { edit: (c) => (c.swagger.definitions.Item.properties.score.type = 'integer'), want: [] }],
  // trigger-kind-changed
  ['changing a webhook from single to batch', { edit: (c) => (c.swagger.paths['/hooks'].post['x-ms-trigger'] = 'batch'), want: [{ code: 'trigger-kind-changed', severity: B, pointer: '/paths/~1hooks/post/x-ms-trigger' }] }],
  ['turning an action into a polling trigger', { edit: (c) => (c.swagger.paths['/categories'].get['x-ms-trigger'] = 'batch'), want: [{ code: 'trigger-kind-changed', severity: B, pointer: '/paths/~1categories/get/x-ms-trigger', operationId: 'ListCategories' }] }],
  // notification-payload-changed
  [
    'deleting a field of an inline notification payload',
    {
      before: (c) => (c.swagger.paths['/hooks']['x-ms-notification-content'].schema = { type: 'object', properties: { id: { type: 'string' }, at: { type: 'string' } } }),
      edit: (c) => (c.swagger.paths['/hooks']['x-ms-notification-content'].schema = { type: 'object', properties: { id: { type: 'string' } } }),
      want: [{ code: 'notification-payload-changed', severity: B, pointer: '/paths/~1hooks/x-ms-notification-content/schema/properties/at', side: 'old' }],
    },
  ],
  [
    'adding a field to the notification payload is safe',
    {
      before: (c) => (c.swagger.paths['/hooks']['x-ms-notification-content'].schema = { type: 'object', properties: { id: { type: 'string' } } }),
      edit: (c) => (c.swagger.paths['/hooks']['x-ms-notification-content'].schema = { type: 'object', properties: { id: { type: 'string' }, at: { type: 'string' } } }),
      want: [{ code: 'output-field-added', severity: S, pointer: '/paths/~1hooks/x-ms-notification-content/schema/properties/at', operationId: 'OnItemCreated' }],
    },
  ],
  [
    'turning a webhook into a polling trigger is one change, not a field-by-field comparison',
    {
      edit: (c) => {
        delete c.swagger.paths['/hooks']['x-ms-notification-content'];
        c.swagger.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl['x-ms-notification-url'] = false;
      },
      want: [{ code: 'trigger-kind-changed', severity: B, pointer: '/paths/~1hooks/post/x-ms-trigger' }],
    },
  ],
  ['removing the notification payload', { edit: (c) => delete c.swagger.paths['/hooks']['x-ms-notification-content'], want: [{ code: 'notification-payload-changed', severity: B, pointer: '/paths/~1hooks/x-ms-notification-content', side: 'old' }] }],
  [
    'replacing a static payload with a dynamic schema',
    {
      edit: (c) => {
        c.swagger.paths['/items/schema'] = { get: { operationId: 'GetItemSchema', 'x-ms-visibility': 'internal', responses: { '200': { description: 'OK', schema: { type: 'object' } } } } };
        c.swagger.paths['/hooks']['x-ms-notification-content'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetItemSchema', 'value-path': 'schema' } };
      },
      want: [
        { code: 'notification-payload-changed', severity: B, pointer: '/paths/~1hooks/x-ms-notification-content/schema/x-ms-dynamic-schema' },
        { code: 'operation-added', severity: S, pointer: '/paths/~1items~1schema/get' },
      ],
    },
  ],
  [
    'replacing a dynamic payload with a static schema',
    {
      before: (c) => (c.swagger.paths['/hooks']['x-ms-notification-content'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetItem', 'value-path': 'schema' } }),
      edit: () => {},
      want: [
        { code: 'notification-payload-changed', severity: B, pointer: '/paths/~1hooks/x-ms-notification-content/schema' },
        // The old fields were unknown (dynamic), so there is no field-level change to report beside it.
      ],
    },
  ],
  ['rewording the payload description is safe', { edit: (c) => (c.swagger.paths['/hooks']['x-ms-notification-content'].description = 'The created item.'), want: [] }],
  // dynamic-values-target-removed
  [
    'deleting the operation behind a picker',
    {
      edit: (c) => delete c.swagger.paths['/categories'],
      want: [
        { code: 'dynamic-values-target-removed', severity: B, pointer: `${body}/properties/category/x-ms-dynamic-values/operationId`, operationId: 'CreateItem' },
        { code: 'operation-deleted', severity: B, pointer: '/paths/~1categories/get', operationId: 'ListCategories' },
      ],
    },
  ],
  [
    'reading picker values from another path',
    {
      edit: (c) => (c.swagger.paths['/items'].post.parameters[0].schema.properties.category['x-ms-dynamic-values']['value-path'] = 'name'),
      want: [{ code: 'dynamic-values-target-removed', severity: B, pointer: `${body}/properties/category/x-ms-dynamic-values` }],
    },
  ],
  ['dropping a picker is safe', { edit: (c) => delete c.swagger.paths['/items'].post.parameters[0].schema.properties.category['x-ms-dynamic-values'], want: [] }],
  // connection-parameters-changed
  [
    'changing the identity provider',
    {
      edit: (c) => (c.apiProperties.properties.connectionParameters.token.oAuthSettings.identityProvider = 'oauth2'),
      want: [{ code: 'connection-parameters-changed', severity: B, pointer: '/properties/connectionParameters/token/oAuthSettings/identityProvider', operationId: null }],
    },
  ],
  [
    'adding a required connection parameter',
    {
      edit: (c) => (c.apiProperties.properties.connectionParameters.region = { type: 'string', uiDefinition: { constraints: { required: 'true' } } }),
      want: [{ code: 'connection-parameters-changed', severity: B, pointer: '/properties/connectionParameters/region' }],
    },
  ],
  [
    'removing a connection parameter',
    { edit: (c) => delete c.apiProperties.properties.connectionParameters.token, want: [{ code: 'connection-parameters-changed', severity: B, pointer: '/properties/connectionParameters/token', side: 'old' }] },
  ],
  [
    'rewording a connection parameter and adding an optional one is safe',
    {
      edit: (c) => {
        c.apiProperties.properties.connectionParameters.token.uiDefinition.displayName = 'Log in';
        c.apiProperties.properties.connectionParameters.region = { type: 'string', uiDefinition: { constraints: { required: 'false' } } };
      },
      want: [],
    },
  ],
  // description-changed
  ['rewording an operation summary', { edit: (c) => (c.swagger.paths['/items/{id}'].get.summary = 'Get an item'), want: [{ code: 'description-changed', severity: S, pointer: '/paths/~1items~1{id}/get/summary' }] }],
  [
    'rewording a shared field description is reported once',
    {
      edit: (c) => (c.swagger.definitions.Item.properties.id.description = 'The identifier of the item.'),
      want: [{ code: 'description-changed', severity: S, pointer: '/definitions/Item/properties/id/description', operationId: 'GetItem' }],
    },
  ],
  ['removing a parameter description', { edit: (c) => delete c.swagger.paths['/items/{id}'].get.parameters[1].description, want: [{ code: 'description-changed', severity: S, pointer: '/paths/~1items~1{id}/get/parameters/1/description', side: 'old' }] }],
];

describe('breaking-change rules', () => {
  it('compares a connector with itself as unchanged', () => {
    expect(diffConnectors(baseConnector(), baseConnector()).changes).toEqual([]);
  });

  for (const [name, { before, edit, want }] of cases) {
    it(name, () => {
      const { changes } = diffConnectors(before ? changed(before) : baseConnector(), changed(edit));
      const got = changes.map((change) => ({
        code: change.code,
        severity: change.severity,
        pointer: change.pointer,
        operationId: change.operationId,
        side: change.side,
      }));
      expect(got).toEqual(want.map((w) => expect.objectContaining(w)));
      expect(got).toHaveLength(want.length);
    });
  }

  it('has a case for every rule', () => {
    const covered = new Set(cases.flatMap(([, c]) => c.want.map((w) => w.code)));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  });
});
