import { op, swagger, testRule } from '../testing.js';
import rule from './response-success-schema.js';

testRule(rule, {
  valid: [
    { name: 'a 200 with schema', swagger: swagger() },
    { name: 'a 204 (returns nothing by definition)', swagger: swagger({ '/items': { delete: op({ responses: { '204': { description: 'Deleted' } } }) } }) },
    {
      name: 'a webhook subscription: 201 with only a Location header',
      swagger: swagger({
        '/hooks': {
          'x-ms-notification-content': { schema: { type: 'object' } },
          post: op({ 'x-ms-trigger': 'single', responses: { '201': { description: 'Created', headers: { Location: { type: 'string' } } } } }),
        },
      }),
    },
  ],
  invalid: [
    { name: 'an action answering 202 without schema (a hint only)', swagger: swagger({ '/items': { post: op({ responses: { '202': { description: 'Accepted' } } }) } }), pointers: ['/paths/~1items/post/responses/202'], message: /This action/ },
  ],
});
