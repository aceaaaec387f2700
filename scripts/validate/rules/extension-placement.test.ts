import { op, swagger, testRule } from '../testing.js';
import rule from './extension-placement.js';

testRule(rule, {
  valid: [
    {
      name: 'extensions in their places (including ones the stale schema misses)',
      swagger: swagger(
        {
          '/hooks': {
            'x-ms-notification-content': { schema: { type: 'object', properties: { a: { type: 'string', 'x-ms-summary': 'A' } } } },
            post: op({
              'x-ms-trigger': 'single',
              'x-ms-openai-data': { 'openai-enabled': false },
              parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': 'Query', 'x-ms-visibility': 'advanced' }],
              responses: { '201': { description: 'Created', 'x-ms-summary': 'Created', headers: { Location: { type: 'string', 'x-ms-summary': 'Location' } } } },
            }),
          },
        },
        { 'x-ms-connector-metadata': [], info: { title: 'Contoso', version: '1.0', 'x-ms-keywords': ['tasks'] } },
      ),
    },
    { name: 'own x- extensions', swagger: swagger(undefined, { 'x-contoso-owner': 'team' }) },
  ],
  invalid: [
    {
      name: 'notification content on the operation instead of the path item',
      swagger: swagger({ '/hooks': { post: op({ 'x-ms-notification-content': { schema: {} } }) } }),
      pointers: ['/paths/~1hooks/post/x-ms-notification-content'],
      message: /belongs on a path item/,
    },
    {
      name: 'x-ms-url-encoding on a header parameter',
      swagger: swagger({ '/items': { get: op({ parameters: [{ name: 'h', in: 'header', type: 'string', 'x-ms-url-encoding': 'single' }] }) } }),
      pointers: ['/paths/~1items/get/parameters/0/x-ms-url-encoding'],
    },
    {
      name: 'an unknown x-ms extension inside a definition',
      swagger: swagger(undefined, { definitions: { Item: { type: 'object', properties: { a: { type: 'string', 'x-ms-made-up': 1 } } } } }),
      pointers: ['/definitions/Item/properties/a/x-ms-made-up'],
      message: /not a Power Platform extension/,
    },
  ],
});
