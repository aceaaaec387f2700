/** Every webhook trigger of the definition, and its unsubscribe, has exactly one handler here, on its own path. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { triggerHandlers } from './index.js';
import { triggerOperations } from '../testing.js';

const swagger = JSON.parse(readFileSync(new URL('../../../generated/apiDefinition.swagger.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; 'x-ms-trigger'?: string }>>;
};

const operations = Object.entries(swagger.paths).flatMap(([path, methods]) =>
  Object.entries(methods).flatMap(([method, operation]) =>
    typeof operation === 'object' && operation !== null && (operation['x-ms-trigger'] !== undefined || operation.operationId === 'DeleteSubscription')
      ? [{ method: method.toUpperCase(), path, operationId: operation.operationId! }]
      : [],
  ),
);

test('one handler per webhook trigger and one for DeleteSubscription', () => {
  expect(Object.keys(triggerHandlers).sort()).toEqual(operations.map((o) => o.operationId).sort());
  expect(Object.values(triggerOperations).sort()).toEqual(operations.map((o) => o.operationId).filter((id) => id !== 'DeleteSubscription').sort());
});

test("each handler answers its operation's method and path", () => {
  const ctx = {} as Parameters<(typeof triggerHandlers)['DeleteSubscription']>[0];
  for (const operation of operations) {
    const handler = triggerHandlers[operation.operationId as keyof typeof triggerHandlers](ctx);
    const info = handler.info as { method: string; path: string };
    expect({ method: info.method, path: info.path }).toEqual({ method: operation.method, path: `*${operation.path.replace(/\{(\w+)\}/g, ':$1')}` }); // any origin
  }
});
