import { describe, expect, it } from 'vitest';
import { summarize as summarizeDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { adviceContext, diffConnectors } from './engine.js';
import { buildView } from './model.js';
import { ruleIds, ruleset } from './ruleset.js';
import { baseConnector, changed } from './test-helpers.js';

describe('diff engine', () => {
  it('attaches advice to every breaking change and none to safe ones', () => {
    const { changes, summary } = diffConnectors(
      baseConnector(),
      changed((c) => {
        delete c.swagger.paths['/items'].post;
        c.swagger.paths['/items/{id}'].get.summary = 'Get an item';
      }),
    );
    expect(summary).toEqual({ breaking: 1, nonBreaking: 1 });
    expect(changes[0]!.advice).toMatch(/"family": "CreateItem", "revision": 2/);
    expect(changes[1]!.advice).toBeUndefined();
  });

  it('suggests the next revision of the operation family', () => {
    const swagger = baseConnector().swagger;
    swagger.paths['/items/{id}'].get['x-ms-api-annotation'] = { family: 'GetItem', revision: 1 };
    swagger.paths['/v2/items/{id}'] = {
      get: { operationId: 'GetItemV2', 'x-ms-api-annotation': { family: 'GetItem', revision: 2 }, responses: {} },
    };
    expect(adviceContext(buildView(swagger), 'GetItem')).toEqual({
      operationId: 'GetItem',
      family: 'GetItem',
      nextRevision: 3,
      suggestedOperationId: 'GetItemV3',
    });
    expect(adviceContext(buildView(swagger), 'CreateItem').suggestedOperationId).toBe('CreateItemV2');
  });

  it('orders breaking changes first, then by operation', () => {
    const { changes } = diffConnectors(
      baseConnector(),
      changed((c) => {
        c.swagger.paths['/items/{id}'].get.summary = 'Get an item';
        c.swagger.paths['/hooks'].post['x-ms-trigger'] = 'batch';
        c.swagger.paths['/items/{id}'].get['x-ms-visibility'] = 'internal';
      }),
    );
    expect(changes.map((c) => [c.severity, c.operationId, c.code])).toEqual([
      ['error', 'GetItem', 'operation-hidden'],
      ['error', 'OnItemCreated', 'trigger-kind-changed'],
      ['warning', 'GetItem', 'description-changed'],
    ]);
  });

  it('compares non-object input as an empty connector instead of throwing', () => {
    const { summary } = diffConnectors({ swagger: null }, baseConnector());
    expect(summary.breaking).toBe(0);
    expect(summary.nonBreaking).toBe(4);
  });

  it('catalogues every rule with kebab-case id, one-line description and advice when breaking', () => {
    for (const id of ruleIds) {
      const rule = ruleset[id];
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description).not.toMatch(/\n/);
      expect('advice' in rule).toBe(rule.severity === 'breaking');
    }
  });
});
