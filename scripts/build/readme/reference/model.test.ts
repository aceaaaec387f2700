import { describe, expect, it } from 'vitest';
import { customerInsightsConnector } from '../../../../connector/index.js';
import { assembleConnector, defineAction, defineDefinition, defineWebhookTrigger, ref } from '../../../../connector/kit/index.js';
import type { DefinitionUnit, OperationUnit } from '../../../../connector/kit/index.js';
import { DYNAMIC_OUTPUTS, documentedDefinitions, referenceModel } from './model.js';

function connectorOf(operations: OperationUnit[], definitions: DefinitionUnit[] = []) {
  return assembleConnector({
    document: {
      swagger: '2.0',
      info: { title: 'Example', description: 'An example connector for the README tests.', version: '1.0.0' },
      host: 'example.invalid',
      basePath: '/',
      schemes: ['https'],
      consumes: ['application/json'],
      produces: ['application/json'],
    },
    operations,
    definitions,
    apiProperties: { properties: { connectionParameters: {}, iconBrandColor: '#123456', capabilities: [] } },
    throttlingPolicies: [{ name: 'Calls', calls: 7, renewalPeriodSeconds: 11 }],
  });
}

const Child = defineDefinition('Child', { type: 'object', description: 'A child.', properties: { id: { type: 'string' } } });
const Parent = defineDefinition('Parent', {
  type: 'object',
  description: 'A parent.',
  properties: { children: { type: 'array', description: 'The children.', items: ref(Child) } },
});
const Hidden = defineDefinition('Hidden', { type: 'object', description: 'Only for pickers.', properties: {} });

const lookup = defineAction({
  method: 'get',
  path: '/lookup',
  operationId: 'Lookup',
  summary: 'Lookup',
  description: 'Internal.',
  'x-ms-visibility': 'internal',
  responses: { '200': { description: 'ok', schema: ref(Hidden) } },
});

describe('referenceModel', () => {
  it('writes the throttling rows from the policies', () => {
    expect(referenceModel(connectorOf([])).throttling).toEqual([{ name: 'Calls', calls: 7, renewalPeriod: '11 seconds' }]);
  });

  it('lists an inline object body by its visible properties, keyed by path', () => {
    const create = defineAction({
      method: 'post',
      path: '/things',
      operationId: 'CreateThing',
      summary: 'Create thing',
      description: 'Creates a thing.',
      parameters: [
        {
          name: 'body',
          in: 'body',
          required: true,
          schema: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { type: 'string', 'x-ms-summary': 'Name', description: 'The name.' },
              size: { type: 'object', properties: { width: { type: 'number', format: 'double' } } },
              secret: { type: 'string', 'x-ms-visibility': 'internal' },
            },
          },
        },
      ],
      responses: { '201': { description: 'Created' } },
    });
    const [operation] = referenceModel(connectorOf([create])).actions;
    expect(operation).toEqual({
      operationId: 'CreateThing',
      summary: 'Create thing',
      description: 'Creates a thing.',
      parameters: [
        { name: 'Name', key: 'name', required: true, type: 'string', description: 'The name.' },
        { name: 'size', key: 'size', required: false, type: 'object', description: '' },
        { name: 'width', key: 'size.width', required: false, type: 'double', description: '' },
      ],
    });
  });

  it('describes each kind of output the way the reference page does', () => {
    const unit = (operationId: string, schema: Parameters<typeof defineAction>[0]['responses']) =>
      defineAction({ method: 'get', path: `/${operationId}`, operationId, summary: operationId, description: `${operationId}.`, responses: schema });
    const model = referenceModel(
      connectorOf(
        [
          unit('Named', { '200': { description: 'Response text.', schema: ref(Parent) } }),
          unit('Dynamic', { '200': { description: 'ok', schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'Lookup' } } } }),
          unit('List', { '200': { description: 'ok', schema: { type: 'array', items: ref(Child) } } }),
          unit('Count', { '200': { description: 'ok', schema: { type: 'integer', description: 'How many.' } } }),
          unit('Inline', {
            '200': {
              description: 'ok',
              schema: {
                type: 'object',
                description: 'An answer.',
                properties: { rows: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } },
              },
            },
          }),
          unit('Nothing', { '202': { description: 'Accepted' } }),
          lookup,
        ],
        [Parent, Child, Hidden],
      ),
    );
    const returns = Object.fromEntries(model.actions.map((o) => [o.operationId, o.returns]));
    expect(returns).toEqual({
      Named: { description: 'A parent.', fields: [{ name: 'Body', path: '', type: 'Parent', description: '' }] },
      Dynamic: { description: DYNAMIC_OUTPUTS, fields: [] },
      List: { fields: [{ name: 'response', path: '', type: 'array of Child', description: '' }] },
      Count: { fields: [{ name: 'response', path: '', type: 'integer', description: 'How many.' }] },
      Inline: {
        description: 'An answer.',
        fields: [
          { name: 'rows', path: 'rows', type: 'array of object', description: '' },
          { name: 'id', path: 'rows.id', type: 'string', description: '' },
        ],
      },
      Nothing: undefined,
    });
    expect(model.actions.map((o) => o.operationId)).not.toContain('Lookup');
  });

  it('hides the subscription body of a webhook trigger and returns its notification content', () => {
    const unsubscribe = defineAction({
      method: 'delete',
      path: '/subscriptions/{id}',
      operationId: 'Unsubscribe',
      summary: 'Unsubscribe',
      description: 'Unsubscribes.',
      'x-ms-visibility': 'internal',
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
      responses: { '200': { description: 'ok' } },
    });
    const trigger = defineWebhookTrigger({
      path: '/subscriptions',
      operationId: 'OnThing',
      summary: 'When a thing happens',
      description: 'Fires when a thing happens.',
      parameters: [{ name: 'kind', in: 'query', required: false, type: 'boolean', 'x-ms-summary': 'Kind' }],
      notification: { description: 'The thing', schema: ref(Child) },
      callbackUrl: { property: 'callbackUrl', description: 'Where to post.' },
      unsubscribe,
    });
    const model = referenceModel(connectorOf([trigger, unsubscribe], [Child]));
    expect(model.triggers).toEqual([
      {
        operationId: 'OnThing',
        summary: 'When a thing happens',
        description: 'Fires when a thing happens.',
        parameters: [{ name: 'Kind', key: 'kind', required: false, type: 'boolean', description: '' }],
        returns: { description: 'A child.', fields: [{ name: 'Body', path: '', type: 'Child', description: '' }] },
      },
    ]);
    expect(model.actions).toEqual([]);
  });

  it('shows an inline array of objects without properties as "array of object" plus its item row', () => {
    const Data = defineDefinition('Data', {
      type: 'object',
      description: 'Data.',
      properties: { Items: { type: 'array', description: 'The items.', items: { type: 'object' } } },
    });
    const get = defineAction({
      method: 'get',
      path: '/data',
      operationId: 'GetData',
      summary: 'Get data',
      description: 'Gets data.',
      responses: { '200': { description: 'ok', schema: ref(Data) } },
    });
    expect(referenceModel(connectorOf([get], [Data])).definitions).toEqual([
      {
        name: 'Data',
        description: 'Data.',
        fields: [
          { name: 'Items', path: 'Items', type: 'array of object', description: 'The items.' },
          { name: 'items', path: 'Items', type: 'object', description: '' },
        ],
      },
    ]);
  });
});

describe('documentedDefinitions', () => {
  it('follows references from the visible operations and leaves out what only internal operations use', () => {
    const get = defineAction({
      method: 'get',
      path: '/parent',
      operationId: 'GetParent',
      summary: 'Get parent',
      description: 'Gets the parent.',
      responses: { '200': { description: 'ok', schema: ref(Parent) } },
    });
    // Listed in connector order (Child before Parent), not in discovery order.
    expect(documentedDefinitions(connectorOf([get, lookup], [Hidden, Child, Parent]))).toEqual(['Child', 'Parent']);
  });

  it('documents exactly the definitions of the reference page for this connector, in its order', () => {
    expect(documentedDefinitions(customerInsightsConnector())).toEqual([
      'DataSourcesList',
      'DataSource',
      'SegmentData',
      'MeasureData',
      'FullRefreshProcessData',
      'ProcessData',
      'Table',
      'PartitionListResponse',
      'PartitionDataResponse',
      'TablesList',
    ]);
  });
});
