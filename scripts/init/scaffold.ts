/**
 * The files `insights-connector init` writes: a kit connector with one action, one definition and
 * API-key auth, and a test, that builds and validates cleanly as written. Each file is a pure
 * function of the options, so the scaffold is byte-stable and testable without touching a disk.
 */

export interface ScaffoldOptions {
  /** The connector's title (`info.title`): at most 30 characters, no "API" or "Connector". */
  title: string;
  /** The backend's host name. */
  host: string;
  /** Where the kit is imported from (the package export, or a path in a checkout). */
  kit: string;
}

/** Default: the package's own export. */
export const KIT_EXPORT = 'customer-insights-connector/kit';

const WORDS_REFUSED_IN_TITLES = /\b(api|apis|connector|connectors)\b/gi;

/** A title from a folder name: `my-weather-connector` → `My Weather`. */
export function titleFromFolder(folder: string): string {
  const words = folder
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .replace(WORDS_REFUSED_IN_TITLES, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  const title = words.join(' ').slice(0, 30).trim();
  return title === '' ? 'My Service' : title;
}

/** Relative file name → content. */
export function scaffoldFiles(options: ScaffoldOptions): Map<string, string> {
  const kit = JSON.stringify(options.kit).slice(1, -1).replace(/'/g, "\\'");
  const title = options.title.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return new Map([
    ['index.ts', indexFile(kit, title, options.host)],
    ['operations/GetItem.ts', operationFile(kit)],
    ['definitions/Item.ts', definitionFile(kit)],
    ['api-properties.ts', apiPropertiesFile(kit)],
    ['index.test.ts', testFile()],
    ['package.json', `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`],
  ]);
}

function indexFile(kit: string, title: string, host: string): string {
  return `/**
 * The connector, assembled from one file per operation and per definition.
 * Build it with: npx insights-connector build --definition index.ts --out out
 */
import { assemble } from '${kit}';
import type { AssembledConnector } from '${kit}';
import { apiProperties } from './api-properties.js';
import { Item } from './definitions/Item.js';
import { GetItem } from './operations/GetItem.js';

export default function connector(): AssembledConnector {
  return assemble({
    document: {
      swagger: '2.0',
      info: {
        title: '${title}',
        description: 'Reads the items of ${title} by their id, one call per item.',
        version: '1.0.0',
        contact: { name: '${title}', url: 'https://${host}' },
      },
      host: '${host}',
      basePath: '/',
      schemes: ['https'],
      consumes: ['application/json'],
      produces: ['application/json'],
      securityDefinitions: { api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header' } },
      security: [{ api_key: [] }],
    },
    operations: [GetItem],
    definitions: [Item],
    apiProperties,
    throttlingPolicies: [],
  });
}
`;
}

function operationFile(kit: string): string {
  return `import { defineAction, ref } from '${kit}';
import { Item } from '../definitions/Item.js';

export const GetItem = defineAction({
  method: 'get',
  path: '/items/{id}',
  operationId: 'GetItem',
  summary: 'Get an item',
  description: 'Reads one item by its id.',
  parameters: [
    {
      name: 'id',
      in: 'path',
      required: true,
      type: 'string',
      'x-ms-summary': 'Item Id',
      description: 'The id of the item to read.',
      'x-ms-url-encoding': 'single',
    },
  ],
  responses: {
    '200': { description: 'The item.', schema: ref(Item) },
  },
});
`;
}

function definitionFile(kit: string): string {
  return `import { defineDefinition } from '${kit}';

export const Item = defineDefinition('Item', {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'The id of the item.', 'x-ms-summary': 'Item Id' },
    name: { type: 'string', description: 'The name of the item.', 'x-ms-summary': 'Name' },
  },
});
`;
}

function apiPropertiesFile(kit: string): string {
  return `import type { ApiProperties } from '${kit}';

/** The connection asks for an API key, sent in the X-Api-Key header (securityDefinitions in index.ts). */
export const apiProperties: ApiProperties = {
  properties: {
    connectionParameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: {
          displayName: 'API Key',
          description: 'The API key of your account.',
          tooltip: 'Sent with every call in the X-Api-Key header.',
          constraints: { required: 'true' },
        },
      },
    },
    iconBrandColor: '#1f6f8b',
    capabilities: ['actions'],
  },
};
`;
}

function testFile(): string {
  return `/**
 * Run with: npx tsx --test index.test.ts (or node --test index.test.ts where Node strips types).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import connector from './index.js';

test('assembles without diagnostics, with GetItem answering an Item', () => {
  const assembled = connector();
  assert.deepEqual(assembled.diagnostics, []);
  assert.deepEqual(assembled.document.paths['/items/{id}']?.get?.responses['200']?.schema, { $ref: '#/definitions/Item' });
  assert.ok(assembled.document.definitions['Item']);
});
`;
}
