import { describe, expectTypeOf, it } from 'vitest';
import { catalogue, type RuleCatalogue, type RuleId, type RuleMessages } from './ruleset.js';

describe('the validate rule catalogue', () => {
  it('types rule ids as the literal ids of the ruleset', () => {
    expectTypeOf<'path-parameter-url-encoding'>().toExtend<RuleId>();
    expectTypeOf<'dynamic-schema-target-exists'>().toExtend<RuleId>();
    expectTypeOf<'settings-keys'>().toExtend<RuleId>();
    expectTypeOf<'no-such-rule'>().not.toExtend<RuleId>();
    expectTypeOf<string>().not.toExtend<RuleId>();
  });

  it('keeps each rule under its id, with its message templates and their parameters', () => {
    expectTypeOf(catalogue['query-parameter-url-encoding'].id).toEqualTypeOf<'query-parameter-url-encoding'>();
    expectTypeOf<RuleMessages<'path-parameter-url-encoding'>['missing']>().toEqualTypeOf<(name: string) => string>();
    expectTypeOf<RuleMessages<'dynamic-values-target-exists'>['missingTarget']>().parameters.toEqualTypeOf<
      [key: 'x-ms-dynamic-values' | 'x-ms-dynamic-list' | 'x-ms-dynamic-schema' | 'x-ms-dynamic-properties', operationId: string]
    >();
    expectTypeOf<RuleMessages<'pageable-update-next-link'>['nameDiffers']>().toEqualTypeOf<(nextLinkName: string, property: string) => string>();
    expectTypeOf<RuleMessages<'operation-count-limit'>['tooMany']>().parameters.toEqualTypeOf<[count: number]>();
    expectTypeOf<RuleMessages<'settings-keys'>['notString']>().returns.toEqualTypeOf<string>();
    expectTypeOf<RuleMessages<'webhook-trigger-callback-url-shape'>>().toHaveProperty('notRequired');
    // @ts-expect-error a template a rule does not have cannot be looked up
    expectTypeOf<RuleMessages<'settings-keys'>['missing']>();
  });

  it('requires every rule to declare its message templates', () => {
    expectTypeOf<RuleCatalogue[RuleId]['messages']>().not.toBeUndefined();
  });
});
