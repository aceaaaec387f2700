import { expect, it } from 'vitest';
import { apiProperties, swagger, testRule } from '../testing.js';
import rule from './policy-template-operations.js';

const withNames = (names: unknown) =>
  apiProperties({ policyTemplateInstances: [{ templateId: 'routerequesttoendpoint', title: 'Route', parameters: { 'x-ms-apimTemplate-operationName': names, 'x-ms-apimTemplateParameter.newPath': '/x' } }] });
const AT = '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName';

testRule(rule, {
  valid: [
    { name: 'an existing operation', apiProperties: withNames(['GetItem']), swagger: swagger() },
    { name: 'apiProperties alone: names cannot be checked', apiProperties: withNames(['Anything']) },
  ],
  invalid: [
    { name: 'a missing operation', apiProperties: withNames(['GetItem', 'GetItems']), swagger: swagger(), pointers: [`${AT}/1`], message: /'GetItems'/ },
    { name: 'a name that differs only in case, with a suggestion', apiProperties: withNames(['getitem']), swagger: swagger(), pointers: [`${AT}/0`], message: /does not apply to it\. Did you mean 'GetItem'\?/ },
    { name: 'a stale name, with what to do', apiProperties: withNames(['SendCampaign']), swagger: swagger(), pointers: [`${AT}/0`], message: /Remove it or use the current operationId/ },
    { name: 'a string instead of an array', apiProperties: withNames('GetItem'), swagger: swagger(), pointers: [AT], message: /array/ },
  ],
});

it('is a warning in custom (a stale name only leaves the policy off) and an error in certification', () => {
  expect(rule.severity).toEqual({ custom: 'warning', certification: 'error' });
});
