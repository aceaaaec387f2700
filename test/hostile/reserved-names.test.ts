/**
 * Names special to JavaScript objects (`__proto__` above all) are plain members in a connector: a
 * definition, a property, a connection parameter may be called that. Plain assignment of
 * `__proto__` replaces an object's prototype instead, so every copy of a document made by
 * assignment lost such a member without a word. Each place that copies user-named members keeps
 * them (the import round trip covers import, the kit and the build's ordering: scripts/import/import.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { assemble, defineDefinition } from '../../connector/kit/index.js';
import { renderArmTemplate } from '../../scripts/build/logic-apps/arm-template.js';
import { logicAppsModel } from '../../scripts/build/logic-apps/model.js';
import { apiKeyConnector } from '../../scripts/build/logic-apps/testing/fixtures.js';
import { setMember } from '../../scripts/core/json.js';
import { diffConnectors } from '../../scripts/diff/engine.js';
import { createSampler } from '../../scripts/probe/values.js';
import { stripExtensions } from '../../scripts/testing/contract.js';
import { stripInlineSuppressions } from '../../scripts/validate/config-inline.js';

/** JSON with an own `__proto__` member, as JSON.parse reads it from a file. */
const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;
const ownKeys = (value: unknown) => Object.keys(value as object);

describe('members named __proto__', () => {
  it('setMember makes one an own, enumerable member and leaves the prototype alone', () => {
    const target: Record<string, unknown> = {};
    setMember(target, '__proto__', { a: 1 });
    setMember(target, 'b', 2);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.keys(target)).toEqual(['__proto__', 'b']);
    expect(JSON.stringify(target)).toBe('{"__proto__":{"a":1},"b":2}');
  });

  it('the kit keeps definitions of such names, and calls none of them a duplicate', () => {
    const connector = assemble({
      document: { swagger: '2.0', info: { title: 'T', description: 'D', version: '1' }, host: 'h.example.com', basePath: '/', schemes: ['https'], consumes: [], produces: [] },
      operations: [],
      definitions: ['__proto__', 'constructor', 'toString'].map((name) => defineDefinition(name, { type: 'object' })),
      apiProperties: { properties: { connectionParameters: {}, iconBrandColor: '#123456', capabilities: [] } },
      throttlingPolicies: [],
    });
    expect(connector.diagnostics).toEqual([]);
    expect(ownKeys(connector.document.definitions)).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('validate strips its inline suppressions without losing one', () => {
    expect(ownKeys(stripInlineSuppressions(parse('{"definitions":{"__proto__":{"type":"string"}}}'))['definitions'])).toEqual(['__proto__']);
  });

  it('the contract harness strips extensions without losing one', () => {
    expect(ownKeys((stripExtensions(parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}')) as { properties: object }).properties)).toEqual(['__proto__']);
  });

  it('diff sees a change inside one (of a connection parameter)', () => {
    const swagger = { swagger: '2.0', info: { title: 'T', version: '1' }, paths: {} };
    const props = (value: string) => parse(`{"properties":{"connectionParameters":{"key":{"type":"string","uiDefinition":{"constraints":{"required":"true"}},"__proto__":"${value}"}}}}`);
    const result = diffConnectors({ swagger, apiProperties: props('a') }, { swagger, apiProperties: props('b') });
    expect(result.changes.map((change) => change.code)).toEqual(['connection-parameters-changed']);
  });

  it('the Logic Apps template keeps a connection parameter of that name', () => {
    const input = apiKeyConnector();
    const properties = input.apiProperties.properties as { connectionParameters: Record<string, unknown> };
    const parameters = parse('{"__proto__":{"type":"string","uiDefinition":{"displayName":"Region","constraints":{"required":"true"}}}}');
    Object.assign(parameters, properties.connectionParameters);
    const template = renderArmTemplate(logicAppsModel({ ...input, apiProperties: { properties: { ...properties, connectionParameters: parameters } } }));
    expect(template).toContain('"__proto__"');
  });

  it('the probe samples a body with a property of that name', () => {
    const sampler = createSampler({});
    const body = sampler.sample(parse('{"type":"object","properties":{"__proto__":{"type":"string"},"b":{"type":"integer"}}}'), {});
    expect(ownKeys(body)).toEqual(['__proto__', 'b']);
  });
});
