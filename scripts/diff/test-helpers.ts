/**
 * A small but complete connector to diff against, and a way to derive a changed copy of it, so
 * each test case states only the edit it is about.
 */
import { apiProperties, swagger } from '../testing/connector.js';
import type { ConnectorVersion } from './engine.js';

// Test documents are edited in place through arbitrary paths; typing them would only restate the JSON.
export type Json = any;

export function baseConnector(): { swagger: Json; apiProperties: Json } {
  // The shared small connector (scripts/testing/connector.ts) with the paths and definitions the
  // diff rules have something to compare in.
  return {
    swagger: swagger(
      {
        '/items/{id}': {
          get: {
            operationId: 'GetItem',
            summary: 'Get item',
            description: 'Gets one item.',
            parameters: [
              { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single' },
              { name: '$select', in: 'query', required: false, type: 'string', description: 'Fields to return.' },
            ],
            responses: {
              '200': {
                description: 'OK',
                schema: { $ref: '#/definitions/Item' },
                headers: { ETag: { type: 'string', description: 'The version of the item.' } },
              },
            },
          },
        },
        '/items': {
          post: {
            operationId: 'CreateItem',
            summary: 'Create item',
            description: 'Creates an item.',
            parameters: [
              {
                name: 'body',
                in: 'body',
                required: true,
                schema: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string' },
                    count: { type: 'integer' },
                    status: { type: 'string', enum: ['open', 'closed'] },
                    category: {
                      type: 'string',
                      'x-ms-dynamic-values': { operationId: 'ListCategories', 'value-collection': 'value', 'value-path': 'id' },
                    },
                  },
                },
              },
            ],
            responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Item' } } },
          },
        },
        '/categories': {
          get: {
            operationId: 'ListCategories',
            summary: 'List categories',
            description: 'Lists categories.',
            'x-ms-visibility': 'internal',
            responses: {
              '200': {
                description: 'OK',
                schema: {
                  type: 'object',
                  properties: { value: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } },
                },
              },
            },
          },
        },
        '/hooks': {
          'x-ms-notification-content': { description: 'The new item.', schema: { $ref: '#/definitions/Item' } },
          post: {
            operationId: 'OnItemCreated',
            summary: 'When an item is created',
            description: 'This operation triggers when an item is created.',
            'x-ms-trigger': 'single',
            parameters: [
              {
                name: 'body',
                in: 'body',
                required: true,
                schema: {
                  type: 'object',
                  required: ['callbackUrl'],
                  properties: {
                    callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' },
                  },
                },
              },
            ],
            responses: { '201': { description: 'Created' } },
          },
        },
      },
      {
        info: { title: 'Sample', description: 'A sample connector for diff tests.', version: '1.0' },
        host: 'api.example.com',
        basePath: '/',
        definitions: {
          Item: {
            type: 'object',
            required: ['id'],
            properties: {
              id: { type: 'string', description: 'The item id.' },
              name: { type: 'string', 'x-ms-summary': 'Name' },
              count: { type: 'integer' },
              score: { type: 'number' },
              tags: { type: 'array', items: { type: 'string' } },
              // Recursive on purpose: the walk must stop here.
              parent: { $ref: '#/definitions/Item' },
            },
          },
        },
      },
    ),
    apiProperties: apiProperties({
      iconBrandColor: '#0b6a0b',
      connectionParameters: {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'aad',
            clientId: 'client-id',
            scopes: [],
            customParameters: { resourceUri: { value: 'https://api.example.com' } },
          },
          uiDefinition: { displayName: 'Sign in', description: 'Sign in with your account.', constraints: { required: 'true' } },
        },
      },
    }),
  };
}

/** A copy of the base connector with `edit` applied. */
export function changed(edit: (connector: { swagger: Json; apiProperties: Json }) => void): ConnectorVersion {
  const connector = baseConnector();
  edit(connector);
  return connector;
}
