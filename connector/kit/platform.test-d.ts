/**
 * The platform model's compile-time contract: what certified connectors use compiles, what
 * Swagger 2.0 has no place for does not, and the authoring model stays as strict as it was.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { defineAction, defineOperation, defineSchema, ref } from './index.js';
import type { PlatformSchema, PlatformOperationUnit } from './index.js';

const Pet = defineSchema('Pet', { properties: { name: { type: 'string' } }, 'x-vendor-note': 'untyped schemas are common' });

describe('the platform model', () => {
  it('takes a trigger, shared-parameter refs, untyped schemas, allOf and vendor extensions', () => {
    const unit = defineOperation({
      method: 'post',
      path: '/hooks',
      'x-ms-trigger': 'single',
      'x-acme-cache': { seconds: 60 },
      parameters: [{ $ref: '#/parameters/tenant' }, { name: 'body', in: 'body', schema: { allOf: [ref(Pet), { description: 'and more' }] } }],
      responses: { '2XX': { $ref: '#/responses/Created' }, default: { description: 'Failed' } },
    });
    expectTypeOf(unit).toEqualTypeOf<PlatformOperationUnit>();
  });

  it('refuses keys Swagger 2.0 has no place for', () => {
    // @ts-expect-error requestBody is OpenAPI 3, not Swagger 2.0
    defineOperation({ method: 'get', path: '/x', requestBody: {} });
    // @ts-expect-error nullable is not a Swagger 2.0 schema keyword
    const schema: PlatformSchema = { type: 'string', nullable: true };
    expectTypeOf(schema).toMatchTypeOf<PlatformSchema>();
  });

  it('keeps the authoring model strict: an action still cannot be a trigger', () => {
    defineAction({
      method: 'post',
      path: '/things',
      operationId: 'CreateThing',
      summary: 'Create thing',
      description: 'Creates a thing.',
      // @ts-expect-error use defineWebhookTrigger (or, for an imported connector, defineOperation)
      'x-ms-trigger': 'single',
      responses: { '201': { description: 'Created' } },
    });
  });
});
