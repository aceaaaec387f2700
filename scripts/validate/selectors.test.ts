import { describe, expect, it } from 'vitest';
import { ValidationContext } from './context.js';
import { checkAll, checkEach, everyCallbackProperty, everyDynamicUse, everyOperationFamily, everyPolicyInstance, everyWebhookCallback, theDocument } from './selectors.js';
import { apiProperties, op, swagger } from './testing.js';

const context = (document: unknown, properties?: unknown) => new ValidationContext({ kind: 'swagger', profile: 'custom', swagger: document, apiProperties: properties });

const annotated = (operationId: string, annotation: Record<string, unknown>) => op({ operationId, 'x-ms-api-annotation': annotation });

describe('selectors', () => {
  it('everyOperationFamily groups annotated operations by family, in the order of their first operation', () => {
    const ctx = context(
      swagger({
        '/a': { get: annotated('ListA', { family: 'List', revision: 1 }) },
        '/b': { get: annotated('GetB', { family: 'Get' }), post: op({ operationId: 'Plain' }) },
        '/c': { get: annotated('ListAV2', { family: 'List', revision: 2 }) },
      }),
    );
    expect(everyOperationFamily(ctx).map(({ family, members }) => [family, members.map((m) => m.operationId)])).toEqual([
      ['List', ['ListA', 'ListAV2']],
      ['Get', ['GetB']],
    ]);
  });

  it('theDocument selects the context once, so a whole-document check runs once', () => {
    const ctx = context(swagger());
    let runs = 0;
    checkEach(theDocument, () => void runs++)(ctx);
    expect(theDocument(ctx)).toEqual([ctx]);
    expect(runs).toBe(1);
  });

  it('everyDynamicUse selects the parameter carrying x-ms-dynamic-values, with its operation', () => {
    const lookup = { name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetItem' } };
    const ctx = context(swagger({ '/items': { get: op() }, '/pick': { get: op({ operationId: 'Pick', parameters: [lookup] }) } }));
    expect(everyDynamicUse(ctx).map((use) => [use.at.join('/'), use.caller?.operationId, use.isParameter])).toEqual([['paths//pick/get/parameters/0', 'Pick', true]]);
  });

  it('everyWebhookCallback selects each webhook trigger (not a GET trigger) and its callback property; everyCallbackProperty only the properties', () => {
    const body = (properties: Record<string, unknown>) => ({ name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['cb'], properties } });
    const ctx = context(
      swagger({
        '/hook': { post: op({ operationId: 'Hook', 'x-ms-trigger': 'single', parameters: [body({ cb: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } })] }) },
        '/bare': { post: op({ operationId: 'Bare', 'x-ms-trigger': 'single', parameters: [body({ other: { type: 'string' } })] }) },
        '/poll': { get: op({ operationId: 'Poll', 'x-ms-trigger': 'single' }) },
      }),
    );
    expect(everyWebhookCallback(ctx).map(({ entry, found }) => [entry.operationId, found?.at.join('/')])).toEqual([
      ['Hook', 'paths//hook/post/parameters/0/schema/properties/cb'],
      ['Bare', undefined],
    ]);
    expect(everyCallbackProperty(ctx).map((found) => [found.requiredAllTheWay, found.internal])).toEqual([[true, true]]);
  });

  it('everyPolicyInstance selects the policy template instances of apiProperties', () => {
    const properties = apiProperties({ policyTemplateInstances: [{ templateId: 'setheader', title: 'a', parameters: {} }] });
    const instances = everyPolicyInstance(context(swagger(), properties));
    expect(instances.map((p) => p.instance.templateId)).toEqual(['setheader']);
    expect(everyPolicyInstance(context(swagger()))).toEqual([]);
  });

  it('checkAll gives the findings of its checks in order, each deduplicated on its own', () => {
    const ctx = context(swagger());
    const twice = checkEach(theDocument, () => [
      { pointer: '/a', message: 'm' },
      { pointer: '/a', message: 'm' },
    ]);
    const other = checkEach(theDocument, () => ({ pointer: '/b', message: 'n' }));
    expect(checkAll(other, twice)(ctx)).toEqual([
      { pointer: '/b', message: 'n' },
      { pointer: '/a', message: 'm' },
    ]);
  });
});
