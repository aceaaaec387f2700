/**
 * The kit's compile-time contract: wrong shapes and placements of extensions do not compile.
 * Each `@ts-expect-error` fails the type check if the kit ever starts accepting that mistake.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { defineAction, defineWebhookTrigger, picker, ref, defineDefinition } from './index.js';
import type { DynamicListArgument, OperationUnit, Parameter, Schema } from './index.js';

declare const unsubscribe: OperationUnit;
const Payload = defineDefinition('Payload', { type: 'object', properties: { Name: { type: 'string' } } });

describe('the authoring kit types', () => {
  it('refuses a misspelled visibility', () => {
    defineAction({
      method: 'get',
      path: '/things',
      operationId: 'GetThings',
      summary: 'Get things',
      description: 'Gets things.',
      // @ts-expect-error 'importent' is not a visibility
      'x-ms-visibility': 'importent',
      responses: { '200': { description: 'OK' } },
    });
  });

  it('refuses a trigger extension on an action', () => {
    defineAction({
      method: 'post',
      path: '/things',
      operationId: 'CreateThing',
      summary: 'Create thing',
      description: 'Creates a thing.',
      // @ts-expect-error actions cannot be triggers: use defineWebhookTrigger
      'x-ms-trigger': 'single',
      responses: { '201': { description: 'Created' } },
    });
  });

  it('refuses a webhook trigger without a callback URL', () => {
    // @ts-expect-error callbackUrl is required
    defineWebhookTrigger({
      path: '/hooks',
      operationId: 'OnThing',
      summary: 'When a thing happens',
      description: 'Triggers when a thing happens.',
      notification: { schema: ref(Payload) },
      unsubscribe,
    });
  });

  it('refuses a webhook trigger without a payload schema', () => {
    // @ts-expect-error notification is required
    defineWebhookTrigger({
      path: '/hooks',
      operationId: 'OnThing',
      summary: 'When a thing happens',
      description: 'Triggers when a thing happens.',
      callbackUrl: { property: 'callbackUrl', description: 'Where to post.' },
      unsubscribe,
    });
  });

  it('puts x-ms-url-encoding on path parameters only', () => {
    const path: Parameter = { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single' };
    // @ts-expect-error query parameters cannot carry x-ms-url-encoding
    const query: Parameter = { name: 'q', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' };
    expectTypeOf(path).toMatchTypeOf<Parameter>();
    expectTypeOf(query).toMatchTypeOf<Parameter>();
  });

  it('requires path parameters to be required', () => {
    // @ts-expect-error a path parameter is always required
    const p: Parameter = { name: 'id', in: 'path', required: false, type: 'string' };
    expectTypeOf(p).toMatchTypeOf<Parameter>();
  });

  it('keeps dynamic extensions off body parameters', () => {
    // @ts-expect-error dynamic values belong on the body's schema
    const body: Parameter = {
      name: 'body',
      in: 'body',
      schema: { type: 'object' },
      'x-ms-dynamic-values': { operationId: 'X', 'value-path': 'Name', 'value-title': 'Name' },
    };
    expectTypeOf(body).toMatchTypeOf<Parameter>();
  });

  it('allows x-ms-notification-url on string schemas only', () => {
    const ok: Schema = { type: 'string', 'x-ms-notification-url': true };
    // @ts-expect-error a number cannot be a callback URL
    const bad: Schema = { type: 'number', 'x-ms-notification-url': true };
    expectTypeOf(ok).toMatchTypeOf<Schema>();
    expectTypeOf(bad).toMatchTypeOf<Schema>();
  });

  it('takes a dynamic-list argument as exactly one of value or parameterReference', () => {
    const value: DynamicListArgument = { value: 'x' };
    const reference: DynamicListArgument = { parameterReference: 'dataset' };
    // @ts-expect-error not both at once
    const both: DynamicListArgument = { value: 'x', parameterReference: 'dataset' };
    expectTypeOf([value, reference, both]).toMatchTypeOf<DynamicListArgument[]>();
  });

  it('writes both halves of a picker from one target', () => {
    const pair = picker(unsubscribe, { collection: 'value', value: 'Name', title: 'DisplayName' });
    expectTypeOf(pair).toHaveProperty('x-ms-dynamic-values');
    expectTypeOf(pair).toHaveProperty('x-ms-dynamic-list');
  });

  it('refs take a definition unit, not a string', () => {
    // @ts-expect-error a bare name could be misspelt
    ref('Payload');
  });
});
