import { describe, expect, it } from 'vitest';
import { check, testRule } from '../testing.js';
import { callbackBody, subscribe, webhookSwagger } from '../webhook-fixtures.js';
import rule from './webhook-trigger-callback-url-shape.js';

const CALLBACK = '/paths/~1hooks/post/parameters/0/schema/properties/callbackUrl';

testRule(rule, {
  valid: [
    { name: 'a required internal string', swagger: webhookSwagger() },
    { name: 'no callback at all (the presence rule reports that)', swagger: webhookSwagger(subscribe({ parameters: [] })) },
  ],
  invalid: [
    { name: 'not required', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({}, [])] })), pointers: [CALLBACK], message: /required/ },
    { name: 'visible', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ 'x-ms-visibility': 'important' })] })), pointers: [CALLBACK], message: /internal/ },
    { name: 'not a string', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ type: 'object' })] })), pointers: [CALLBACK], message: /string/ },
    {
      name: 'all three at once, one finding each',
      swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ type: 'object', 'x-ms-visibility': 'important' }, [])] })),
      pointers: [CALLBACK, CALLBACK, CALLBACK],
    },
  ],
});

describe('webhook-trigger-callback-url-shape messages', () => {
  it('are its message templates, in the order the checks run', () => {
    const messages = rule.messages!;
    const findings = check(rule, { name: 'all three', swagger: webhookSwagger(subscribe({ parameters: [callbackBody({ type: 'object', 'x-ms-visibility': 'important' }, [])] })) });
    expect(findings.map((f) => f.message)).toEqual([messages.notString(), messages.notRequired(), messages.notInternal()]);
    expect(messages.notRequired()).toBe('The callback URL property (and the body and every object above it) must be required.');
  });
});
