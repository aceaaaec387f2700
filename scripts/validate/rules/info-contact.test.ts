import { describe, expect, it } from 'vitest';
import { swagger, testRule } from '../testing.js';
import rule, { isEmailAddress } from './info-contact.js';

const withContact = (contact: unknown) => swagger(undefined, { info: { title: 'Contoso', version: '1.0', contact } });

testRule(rule, {
  valid: [{ name: 'complete', swagger: withContact({ name: 'Contoso', url: 'https://contoso.com', email: 'support@contoso.com' }) }],
  invalid: [
    { name: 'missing', swagger: withContact(undefined), pointers: ['/info'] },
    { name: 'no url', swagger: withContact({ name: 'Contoso', email: 'support@contoso.com' }), pointers: ['/info/contact'], message: /url/ },
    { name: 'a bad email', swagger: withContact({ name: 'Contoso', url: 'https://contoso.com', email: 'support' }), pointers: ['/info/contact/email'] },
  ],
});

describe('isEmailAddress', () => {
  it('accepts what the certification check accepted and refuses the rest', () => {
    expect(isEmailAddress('support@contoso.com')).toBe(true);
    expect(isEmailAddress('a@b.c')).toBe(true);
    for (const bad of ['support', '@contoso.com', 'a@b', 'a@.com', 'a@com.', 'a b@c.com', 'a@b@c.com', `${'a'.repeat(250)}@b.com`]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });

  it('answers at once on a hostile value that made the former regex backtrack for over a minute', () => {
    // "a@" + 300,000 dots + "@": each extra 40k characters multiplied the old regex's time by four.
    expect(isEmailAddress(`a@${'.'.repeat(300_000)}@`)).toBe(false);
  });
});
