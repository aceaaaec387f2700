import { expect, it } from 'vitest';
import { apiProperties, testRule } from '../testing.js';
import rule from './api-properties-unknown-keys.js';

testRule(rule, {
  valid: [{ name: 'known keys', apiProperties: apiProperties({ publisher: 'Contoso', stackOwner: 'Contoso', capabilities: [] }) }],
  invalid: [
    { name: 'a misspelt key, with a suggestion', apiProperties: apiProperties({ stackowner: 'Contoso' }), pointers: ['/properties/stackowner'], message: /ignored\. Did you mean 'stackOwner'\?/ },
    { name: 'an unknown key, with the list', apiProperties: apiProperties({ 'token:clientId': 'x' }), pointers: ['/properties/token:clientId'], message: /The keys are iconBrandColor/ },
  ],
});

it('is a warning in custom (the platform ignores such keys) and an error in certification', () => {
  expect(rule.severity).toEqual({ custom: 'warning', certification: 'error' });
});
