import { swagger, testRule } from '../testing.js';
import rule from './info-contact.js';

const withContact = (contact: unknown) => swagger(undefined, { info: { title: 'Contoso', version: '1.0', contact } });

testRule(rule, {
  valid: [{ name: 'complete', swagger: withContact({ name: 'Contoso', url: 'https://contoso.com', email: 'support@contoso.com' }) }],
  invalid: [
    { name: 'missing', swagger: withContact(undefined), pointers: ['/info'] },
    { name: 'no url', swagger: withContact({ name: 'Contoso', email: 'support@contoso.com' }), pointers: ['/info/contact'], message: /url/ },
    { name: 'a bad email', swagger: withContact({ name: 'Contoso', url: 'https://contoso.com', email: 'support' }), pointers: ['/info/contact/email'] },
  ],
});
