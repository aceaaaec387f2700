import { op, swagger, testRule } from '../testing.js';
import rule from './internal-parameter-default.js';

const q = (extra: object) => ({ name: 'api-version', in: 'query', type: 'string', 'x-ms-visibility': 'internal', ...extra });

testRule(rule, {
  valid: [
    { name: 'required with a default', swagger: swagger({ '/items': { get: op({ parameters: [q({ required: true, default: '2024-01-01' })] }) } }) },
    {
      name: 'a notification URL property (the platform fills it)',
      swagger: swagger({
        '/hooks': { post: op({ parameters: [{ name: 'b', in: 'body', schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } }] }) },
      }),
    },
    { name: 'state the scheduler fills', swagger: swagger({ '/poll': { get: op({ parameters: [q({ name: 'triggerState', required: true, 'x-ms-scheduler-recommendation': "@coalesce(triggers()?.outputs?.body?['triggerState'], '')" })] }) } }) },
  ],
  invalid: [
    { name: 'required without default', swagger: swagger({ '/items': { get: op({ parameters: [q({ required: true })] }) } }), pointers: ['/paths/~1items/get/parameters/0'], message: /no default/ },
    { name: 'optional with default', swagger: swagger({ '/items': { get: op({ parameters: [q({ default: 'x' })] }) } }), pointers: ['/paths/~1items/get/parameters/0'], message: /never sent/ },
    {
      name: 'a required internal body property without default',
      swagger: swagger({ '/items': { post: op({ parameters: [{ name: 'b', in: 'body', schema: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', 'x-ms-visibility': 'internal' } } } }] }) } }),
      pointers: ['/paths/~1items/post/parameters/0/schema/properties/kind'],
    },
  ],
});
