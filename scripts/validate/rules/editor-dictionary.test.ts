import { swagger, testRule } from '../testing.js';
import rule from './editor-dictionary.js';

const withSchema = (schema: object) => swagger(undefined, { definitions: { Tags: schema } });

testRule(rule, {
  valid: [{ name: 'an open object', swagger: withSchema({ type: 'object', 'x-ms-editor': 'dictionary', additionalProperties: { type: 'string' } }) }],
  invalid: [
    { name: 'a closed object', swagger: withSchema({ type: 'object', 'x-ms-editor': 'dictionary' }), pointers: ['/definitions/Tags/x-ms-editor'], message: /does not allow additional properties/ },
    { name: 'a string', swagger: withSchema({ type: 'string', 'x-ms-editor': 'dictionary' }), pointers: ['/definitions/Tags/x-ms-editor'], message: /type string/ },
  ],
});
