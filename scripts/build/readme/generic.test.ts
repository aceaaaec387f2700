/**
 * The README of a connector that is not this package's: every generic section comes from the
 * definition alone (whatever auth it declares, a fixed host or a dynamichosturl policy, its
 * operations), and the prose sections only from the documentation it passes in.
 */
import { describe, expect, it } from 'vitest';
import { assembleConnector, defineAction, defineDefinition, ref } from '../../../connector/kit/index.js';
import type { ApiProperties, ConnectorDocumentation, Document } from '../../../connector/kit/index.js';
import { renderReadme } from './index.js';

const Pet = defineDefinition('Pet', { type: 'object', properties: { name: { type: 'string', description: 'The name.' } } });
const GetPet = defineAction({
  method: 'get',
  path: '/pets/{id}',
  operationId: 'GetPet',
  summary: 'Get a pet',
  description: 'Reads one pet.',
  parameters: [{ name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Pet Id' }],
  responses: { '200': { description: 'OK', schema: ref(Pet) } },
});

const document: Omit<Document, 'paths' | 'definitions'> = {
  swagger: '2.0',
  info: { title: 'Pet Store', description: 'Reads the pets of a pet store.', version: '1.0' },
  host: 'pets.example.com',
  basePath: '/',
  schemes: ['https'],
  consumes: [],
  produces: ['application/json'],
  securityDefinitions: { api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header' } },
};
const apiKeyProperties: ApiProperties = {
  properties: {
    connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'Your key.' } } },
    iconBrandColor: '#336699',
    capabilities: ['actions'],
  },
};

function readmeOf(apiProperties: ApiProperties, documentation?: ConnectorDocumentation, doc = document): string {
  return renderReadme(
    assembleConnector({ document: doc, operations: [GetPet], definitions: [Pet], apiProperties, throttlingPolicies: [], ...(documentation ? { documentation } : {}) }),
  );
}

describe('the README of any kit connector', () => {
  it('renders an API-key connector with a fixed host and no documentation of its own', () => {
    const readme = readmeOf(apiKeyProperties);
    expect(readme).toMatch(/^# Pet Store\n/);
    expect(readme).toContain('- [Get a pet](#get-a-pet): Reads one pet.');
    expect(readme).toContain('an API key of the API: whoever creates a connection enters it as **API Key** (connection parameter `api_key`), and every call sends it in the `X-Api-Key` header');
    expect(readme).toContain('- An API key for the API; see [Obtaining Credentials](#obtaining-credentials).');
    expect(readme).toContain('paconn create --settings settings.json --overwrite-settings');
    expect(readme).not.toContain('--secret');
    for (const absent of ['## Publisher', '## Getting Started', '## Frequently Asked Questions', 'Connecting to a backend', 'Entra ID', 'Customer Insights']) {
      expect(readme).not.toContain(absent);
    }
    expect(readme).toContain('## Known Issues and Limitations\n\nNone known.');
  });

  it('describes a dynamic host from its dynamichosturl policy, and a connection without credentials', () => {
    const readme = readmeOf({
      properties: {
        connectionParameters: { site: { type: 'string', uiDefinition: { displayName: 'Site URL', description: 'The site.' } } },
        iconBrandColor: '#336699',
        capabilities: [],
        policyTemplateInstances: [
          { templateId: 'dynamichosturl', title: 'Site', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('site')" } },
        ],
      },
    }, { backend: 'Point it at your own store.' }, { ...document, securityDefinitions: {} });
    expect(readme).toContain('### Connecting to a backend');
    expect(readme).toContain('connection parameter (shown as **Site URL** when creating a connection), applied by the `dynamichosturl` policy. Point it at your own store.');
    expect(readme).toContain('The connection needs no credentials.');
  });

  it('adds the prose a connector passes in, each part under its heading', () => {
    const readme = readmeOf(apiKeyProperties, {
      apiName: 'the Pet Store API',
      prerequisites: ['A Pet Store account.'],
      gettingStarted: ['Create a connection with your key.', '### Read a pet', 'Call Get a pet.'],
      knownIssues: ['Pets are read-only.'],
      faq: [{ question: 'Are cats pets?', answer: 'Yes.' }],
      buildCommand: 'npx insights-connector build --definition pets/index.ts',
    });
    expect(readme).toContain('## Prerequisites\n\n- A Pet Store account.\n');
    expect(readme).toContain('## Getting Started\n\nCreate a connection with your key.\n\n### Read a pet\n\nCall Get a pet.\n');
    expect(readme).toContain('- Pets are read-only.');
    expect(readme).toContain('## Frequently Asked Questions\n\n### Are cats pets?\n\nYes.\n');
    expect(readme).toContain('an API key of the Pet Store API');
    expect(readme).toContain('`npx insights-connector build --definition pets/index.ts` validates the definition');
  });
});
