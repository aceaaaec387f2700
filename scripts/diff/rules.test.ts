/**
 * One case per rule, breaking and safe: the old version (the base connector, or an edit of it),
 * an edit that makes the new version, and the exact changes that must come out (code, severity,
 * pointer, and side or operation when it matters). Exact, so a rule that fires where it should not
 * fails here too.
 */
import { describe, expect, it } from 'vitest';
import { diffConnectors } from './engine.js';
import { ruleIds, type RuleId } from './ruleset.js';
import { baseConnector, changed, type Json } from './test-helpers.js';
import { toChangeSeverity, type ChangeSeverity, type Side } from './types.js';

interface Want {
  code: RuleId;
  severity: ChangeSeverity;
  pointer: string;
  operationId?: string | null;
  side?: Side;
}

type Connector = { swagger: Json; apiProperties: Json };
type Edit = (c: Connector) => void;

/** `before` edits the old version (default: the base connector), `edit` the new one. */
type Case = [name: string, { before?: Edit; edit: Edit; want: Want[]; maxSchemaNodes?: number }];

const breaking = (code: RuleId, pointer: string, more: Partial<Want> = {}): Want => ({ code, severity: 'breaking', pointer, ...more });
const safe = (code: RuleId, pointer: string, more: Partial<Want> = {}): Want => ({ code, severity: 'non-breaking', pointer, ...more });
const old = { side: 'old' } as const;

// The parts of the base connector the cases edit (see test-helpers.ts).
const getItem = (c: Connector) => c.swagger.paths['/items/{id}'].get;
const createItem = (c: Connector) => c.swagger.paths['/items'].post;
const createBody = (c: Connector) => createItem(c).parameters[0].schema;
const item = (c: Connector) => c.swagger.definitions.Item.properties;
const hooks = (c: Connector) => c.swagger.paths['/hooks'];
const categoryItem = (c: Connector) => c.swagger.paths['/categories'].get.responses['200'].schema.properties.value.items;
const connection = (c: Connector) => c.apiProperties.properties.connectionParameters;

const GET = '/paths/~1items~1{id}/get';
const BODY = '/paths/~1items/post/parameters/0/schema';
const ITEM = '/definitions/Item/properties';
const HOOKS = '/paths/~1hooks';
const PARAMS = '/properties/connectionParameters';
const payload = (properties: Json) => ({ type: 'object', properties });

const cases: Case[] = [
  // operation-deleted, operation-added
  ['deleting an operation', { edit: (c) => delete c.swagger.paths['/items'].post, want: [breaking('operation-deleted', '/paths/~1items/post', { ...old, operationId: 'CreateItem' })] }],
  [
    'renaming an operation counts as deleting it',
    {
      edit: (c) => (getItem(c).operationId = 'FetchItem'),
      want: [
        breaking('operation-deleted', GET, { ...old, operationId: 'GetItem' }),
        safe('operation-added', GET, { side: 'new', operationId: 'FetchItem' }),
      ],
    },
  ],
  [
    'adding an operation',
    {
      edit: (c) => (c.swagger.paths['/items/{id}'].delete = { operationId: 'DeleteItem', responses: { '204': { description: 'Deleted' } } }),
      want: [safe('operation-added', '/paths/~1items~1{id}/delete', { operationId: 'DeleteItem' })],
    },
  ],
  // operation-hidden, operation-deprecated
  ['hiding an operation', { edit: (c) => (getItem(c)['x-ms-visibility'] = 'internal'), want: [breaking('operation-hidden', `${GET}/x-ms-visibility`)] }],
  ['showing an internal operation is safe', { before: (c) => (getItem(c)['x-ms-visibility'] = 'internal'), edit: () => {}, want: [] }],
  ['moving an operation to advanced is safe', { edit: (c) => (getItem(c)['x-ms-visibility'] = 'advanced'), want: [] }],
  ['deprecating an operation is the safe way to retire it', { edit: (c) => (getItem(c).deprecated = true), want: [safe('operation-deprecated', `${GET}/deprecated`)] }],
  // path-changed
  [
    'changing the path template',
    {
      edit: (c) => {
        c.swagger.paths['/things/{id}'] = c.swagger.paths['/items/{id}'];
        delete c.swagger.paths['/items/{id}'];
      },
      want: [breaking('path-changed', '/paths/~1things~1{id}/get', { side: 'new', operationId: 'GetItem' })],
    },
  ],
  [
    'changing the method',
    {
      edit: (c) => {
        c.swagger.paths['/items'].put = createItem(c);
        delete c.swagger.paths['/items'].post;
      },
      want: [breaking('path-changed', '/paths/~1items/put')],
    },
  ],
  // parameter-location-changed
  ['moving a parameter from query to header', { edit: (c) => (getItem(c).parameters[1].in = 'header'), want: [breaking('parameter-location-changed', `${GET}/parameters/1/in`)] }],
  // required-input-added, optional-input-added
  [
    'adding a required query parameter',
    {
      edit: (c) => getItem(c).parameters.push({ name: 'version', in: 'query', required: true, type: 'string' }),
      want: [breaking('required-input-added', `${GET}/parameters/2`)],
    },
  ],
  [
    'adding a required body property',
    {
      edit: (c) => {
        createBody(c).properties.owner = { type: 'string' };
        createBody(c).required.push('owner');
      },
      want: [breaking('required-input-added', `${BODY}/properties/owner`)],
    },
  ],
  [
    'adding an optional query parameter',
    {
      edit: (c) => getItem(c).parameters.push({ name: 'version', in: 'query', type: 'string' }),
      want: [safe('optional-input-added', `${GET}/parameters/2`)],
    },
  ],
  [
    'adding an optional object whose own properties are required',
    {
      edit: (c) => (createBody(c).properties.address = { type: 'object', required: ['city'], properties: { city: { type: 'string' } } }),
      want: [safe('optional-input-added', `${BODY}/properties/address`)],
    },
  ],
  // input-removed
  ['removing a query parameter', { edit: (c) => getItem(c).parameters.pop(), want: [breaking('input-removed', `${GET}/parameters/1`, old)] }],
  ['removing a body property', { edit: (c) => delete createBody(c).properties.count, want: [breaking('input-removed', `${BODY}/properties/count`, old)] }],
  // input-made-required
  ['making a query parameter required', { edit: (c) => (getItem(c).parameters[1].required = true), want: [breaking('input-made-required', `${GET}/parameters/1/required`)] }],
  ['making a body property required', { edit: (c) => createBody(c).required.push('count'), want: [breaking('input-made-required', `${BODY}/required`)] }],
  ['making a body property optional is safe', { edit: (c) => (createBody(c).required = []), want: [] }],
  // parameter-type-changed
  ['changing an input type', { edit: (c) => (createBody(c).properties.count.type = 'string'), want: [breaking('parameter-type-changed', `${BODY}/properties/count/type`)] }],
  ['widening an input from integer to number is safe', { edit: (c) => (createBody(c).properties.count.type = 'number'), want: [] }],
  // enum-value-removed
  ['removing an enum value', { edit: (c) => (createBody(c).properties.status.enum = ['open']), want: [breaking('enum-value-removed', `${BODY}/properties/status/enum`)] }],
  ['imposing an enum on a free input', { edit: (c) => (createBody(c).properties.name.enum = ['a', 'b']), want: [breaking('enum-value-removed', `${BODY}/properties/name/enum`)] }],
  ['adding an enum value is safe', { edit: (c) => createBody(c).properties.status.enum.push('archived'), want: [] }],
  // output-field-deleted, output-field-added, output-field-type-changed (Item is the output of GetItem, CreateItem and the webhook)
  [
    'deleting a field of a definition shared by responses and a webhook payload',
    {
      edit: (c) => delete item(c).name,
      want: [
        breaking('output-field-deleted', `${ITEM}/name`, { ...old, operationId: 'CreateItem' }),
        breaking('output-field-deleted', `${ITEM}/name`, { ...old, operationId: 'GetItem' }),
        breaking('notification-payload-changed', `${ITEM}/name`, { ...old, operationId: 'OnItemCreated' }),
      ],
    },
  ],
  [
    'deleting a field of an inline response schema',
    {
      edit: (c) => delete categoryItem(c).properties.id,
      want: [breaking('output-field-deleted', '/paths/~1categories/get/responses/200/schema/properties/value/items/properties/id', { operationId: 'ListCategories' })],
    },
  ],
  [
    'deleting a response header',
    {
      edit: (c) => delete getItem(c).responses['200'].headers.ETag,
      want: [breaking('output-field-deleted', `${GET}/responses/200/headers/ETag`, { ...old, operationId: 'GetItem' })],
    },
  ],
  [
    'adding a response header',
    {
      edit: (c) => (getItem(c).responses['200'].headers['Last-Modified'] = { type: 'string' }),
      want: [safe('output-field-added', `${GET}/responses/200/headers/Last-Modified`)],
    },
  ],
  [
    'adding an output field',
    {
      edit: (c) => (item(c).createdOn = { type: 'string', format: 'date-time' }),
      want: ['CreateItem', 'GetItem', 'OnItemCreated'].map((operationId) => safe('output-field-added', `${ITEM}/createdOn`, { operationId })),
    },
  ],
  [
    'changing an output field type',
    {
      edit: (c) => (item(c).count.type = 'string'),
      want: [
        breaking('output-field-type-changed', `${ITEM}/count/type`, { operationId: 'CreateItem' }),
        breaking('output-field-type-changed', `${ITEM}/count/type`, { operationId: 'GetItem' }),
        breaking('notification-payload-changed', `${ITEM}/count/type`, { operationId: 'OnItemCreated' }),
      ],
    },
  ],
  ['narrowing an output from number to integer is safe', { edit: (c) => (item(c).score.type = 'integer'), want: [] }],
  // trigger-kind-changed
  ['changing a webhook from single to batch', { edit: (c) => (hooks(c).post['x-ms-trigger'] = 'batch'), want: [breaking('trigger-kind-changed', `${HOOKS}/post/x-ms-trigger`)] }],
  [
    'turning an action into a polling trigger',
    {
      edit: (c) => (c.swagger.paths['/categories'].get['x-ms-trigger'] = 'batch'),
      want: [breaking('trigger-kind-changed', '/paths/~1categories/get/x-ms-trigger', { operationId: 'ListCategories' })],
    },
  ],
  [
    'turning a webhook into a polling trigger is one change, not a field-by-field comparison',
    {
      edit: (c) => {
        delete hooks(c)['x-ms-notification-content'];
        hooks(c).post.parameters[0].schema.properties.callbackUrl['x-ms-notification-url'] = false;
      },
      want: [breaking('trigger-kind-changed', `${HOOKS}/post/x-ms-trigger`)],
    },
  ],
  // notification-payload-changed
  [
    'deleting a field of an inline notification payload',
    {
      before: (c) => (hooks(c)['x-ms-notification-content'].schema = payload({ id: { type: 'string' }, at: { type: 'string' } })),
      edit: (c) => (hooks(c)['x-ms-notification-content'].schema = payload({ id: { type: 'string' } })),
      want: [breaking('notification-payload-changed', `${HOOKS}/x-ms-notification-content/schema/properties/at`, old)],
    },
  ],
  [
    'adding a field to the notification payload is safe',
    {
      before: (c) => (hooks(c)['x-ms-notification-content'].schema = payload({ id: { type: 'string' } })),
      edit: (c) => (hooks(c)['x-ms-notification-content'].schema = payload({ id: { type: 'string' }, at: { type: 'string' } })),
      want: [safe('output-field-added', `${HOOKS}/x-ms-notification-content/schema/properties/at`, { operationId: 'OnItemCreated' })],
    },
  ],
  ['removing the notification payload', { edit: (c) => delete hooks(c)['x-ms-notification-content'], want: [breaking('notification-payload-changed', `${HOOKS}/x-ms-notification-content`, old)] }],
  [
    'replacing a static payload with a dynamic schema',
    {
      edit: (c) => {
        c.swagger.paths['/items/schema'] = {
          get: { operationId: 'GetItemSchema', 'x-ms-visibility': 'internal', responses: { '200': { description: 'OK', schema: { type: 'object' } } } },
        };
        hooks(c)['x-ms-notification-content'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetItemSchema', 'value-path': 'schema' } };
      },
      want: [
        breaking('notification-payload-changed', `${HOOKS}/x-ms-notification-content/schema/x-ms-dynamic-schema`),
        safe('operation-added', '/paths/~1items~1schema/get'),
      ],
    },
  ],
  [
    'replacing a dynamic payload with a static schema',
    {
      before: (c) => (hooks(c)['x-ms-notification-content'].schema = { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetItem', 'value-path': 'schema' } }),
      edit: () => {},
      // The old fields were unknown (dynamic), so there is no field-level change to report beside it.
      want: [breaking('notification-payload-changed', `${HOOKS}/x-ms-notification-content/schema`)],
    },
  ],
  ['rewording the payload description is safe', { edit: (c) => (hooks(c)['x-ms-notification-content'].description = 'The created item.'), want: [] }],
  // dynamic-values-target-removed
  [
    'deleting the operation behind a picker',
    {
      edit: (c) => delete c.swagger.paths['/categories'],
      want: [
        breaking('dynamic-values-target-removed', `${BODY}/properties/category/x-ms-dynamic-values/operationId`, { operationId: 'CreateItem' }),
        breaking('operation-deleted', '/paths/~1categories/get', { operationId: 'ListCategories' }),
      ],
    },
  ],
  [
    'reading picker values from another path',
    {
      edit: (c) => (createBody(c).properties.category['x-ms-dynamic-values']['value-path'] = 'name'),
      want: [breaking('dynamic-values-target-removed', `${BODY}/properties/category/x-ms-dynamic-values`)],
    },
  ],
  ['dropping a picker is safe', { edit: (c) => delete createBody(c).properties.category['x-ms-dynamic-values'], want: [] }],
  // connection-parameters-changed
  [
    'changing the identity provider',
    {
      edit: (c) => (connection(c).token.oAuthSettings.identityProvider = 'oauth2'),
      want: [breaking('connection-parameters-changed', `${PARAMS}/token/oAuthSettings/identityProvider`, { operationId: null })],
    },
  ],
  [
    'adding a required connection parameter',
    {
      edit: (c) => (connection(c).region = { type: 'string', uiDefinition: { constraints: { required: 'true' } } }),
      want: [breaking('connection-parameters-changed', `${PARAMS}/region`)],
    },
  ],
  ['removing a connection parameter', { edit: (c) => delete connection(c).token, want: [breaking('connection-parameters-changed', `${PARAMS}/token`, old)] }],
  [
    'rewording a connection parameter and adding an optional one is safe',
    {
      edit: (c) => {
        connection(c).token.uiDefinition.displayName = 'Log in';
        connection(c).region = { type: 'string', uiDefinition: { constraints: { required: 'false' } } };
      },
      want: [],
    },
  ],
  // description-changed
  ['rewording an operation summary', { edit: (c) => (getItem(c).summary = 'Get an item'), want: [safe('description-changed', `${GET}/summary`)] }],
  [
    'rewording a shared field description is reported once',
    {
      edit: (c) => (item(c).id.description = 'The identifier of the item.'),
      want: [safe('description-changed', `${ITEM}/id/description`, { operationId: 'GetItem' })],
    },
  ],
  ['removing a parameter description', { edit: (c) => delete getItem(c).parameters[1].description, want: [safe('description-changed', `${GET}/parameters/1/description`, old)] }],
  // diff-budget-reached
  [
    'a version that expands beyond the schema-node budget is reported, and only operation-level changes with it',
    {
      maxSchemaNodes: 12,
      edit: (c) => {
        delete c.swagger.paths['/items'].post;
        item(c).id.type = 'integer';
      },
      // The type change of Item/id is not compared: the fields are incomplete.
      want: [
        breaking('operation-deleted', '/paths/~1items/post', { ...old, operationId: 'CreateItem' }),
        breaking('diff-budget-reached', '', { side: 'old', operationId: null }),
        breaking('diff-budget-reached', '', { side: 'new', operationId: null }),
      ],
    },
  ],
];

describe('breaking-change rules', () => {
  it('compares a connector with itself as unchanged', () => {
    expect(diffConnectors(baseConnector(), baseConnector()).changes).toEqual([]);
  });

  for (const [name, { before, edit, want, maxSchemaNodes }] of cases) {
    it(name, () => {
      const { changes } = diffConnectors(before ? changed(before) : baseConnector(), changed(edit), maxSchemaNodes ? { maxSchemaNodes } : {});
      const got = changes.map(({ code, severity, pointer, operationId, side }) => ({ code, severity: toChangeSeverity(severity), pointer, operationId, side }));
      expect(got).toEqual(want.map((w) => expect.objectContaining(w)));
    });
  }

  it('has a case for every rule', () => {
    const covered = new Set(cases.flatMap(([, c]) => c.want.map((w) => w.code)));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  });
});
