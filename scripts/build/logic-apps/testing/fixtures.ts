/**
 * Inputs for the Logic Apps tests: the committed Power Platform files of this repository's build,
 * and small connectors of other shapes (API key, no dynamichosturl, policies customApis lacks,
 * strings ARM would take for expressions), written as the files a build would emit.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { swagger } from '../../../testing/connector.js';
import type { LogicAppsInput } from '../model.js';
import type { DeploymentContext } from './deployment-context.js';

export const ROOT = path.resolve(import.meta.dirname, '../../../..');
export const GENERATED = path.join(ROOT, 'generated');

export const FILES = { swagger: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json', settings: 'settings.json', icon: 'icon.png' };

export function readGenerated(name: string): string {
  return readFileSync(path.join(GENERATED, name), 'utf8');
}

export function readGeneratedJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readGenerated(name)) as T;
}

/** Test values for a deployment; nothing here is a real tenant. */
export function testContext(parameters: Record<string, unknown> = {}): DeploymentContext {
  return {
    subscriptionId: '11111111-2222-3333-4444-555555555555',
    resourceGroup: 'rg-test',
    resourceGroupLocation: 'westeurope',
    parameters: { backendHost: 'backend.example.test:8443', clientId: 'test-client-id', clientSecret: randomUUID(), ...parameters },
  };
}

/** An API-key connector with a real host and the policies customApis has no place for. */
export function apiKeyConnector(): LogicAppsInput {
  return {
    // The shared small connector (scripts/testing/connector.ts) with this shape's host, strings and auth.
    swagger: swagger(
      {
        '/widgets': {
          get: {
            operationId: 'ListWidgets',
            summary: 'List widgets',
            description: '[internal]',
            parameters: [{ name: '[x]', in: 'query', type: 'string', description: '[[already doubled]' }],
            responses: { '200': { description: 'OK', schema: { type: 'object', properties: { '[key]': { type: 'number', maximum: 2.5 } } } } },
          },
        },
      },
      {
        info: { title: 'Widget Store', description: '[Preview] Reads and writes widgets of a store.', version: '1.0' },
        host: 'widgets.example.com',
        basePath: '/api/v1',
        securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
      },
    ) as unknown as LogicAppsInput['swagger'],
    apiProperties: {
      properties: {
        connectionParameters: {
          api_key: {
            type: 'securestring',
            uiDefinition: { displayName: 'API key', description: 'The key', constraints: { required: 'true' } },
          },
        },
        iconBrandColor: '#da3b01',
        capabilities: ['actions'],
        policyTemplateInstances: [
          {
            templateId: 'setheader',
            title: 'Add the client header',
            parameters: { 'x-ms-apimTemplateParameter.name': 'X-Client', 'x-ms-apimTemplateParameter.value': 'flow' },
          },
        ],
        publisher: 'Widget Co',
        stackOwner: 'Widget Co',
        scriptOperations: [],
      },
    },
    throttlingPolicies: [{ name: 'API calls per connection', calls: 10, renewalPeriodSeconds: 30 }],
    files: FILES,
  };
}
