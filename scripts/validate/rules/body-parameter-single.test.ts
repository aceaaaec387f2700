import { op, swagger, testRule } from '../testing.js';
import rule from './body-parameter-single.js';

const body = (name: string) => ({ name, in: 'body', schema: { type: 'object' } });
const form = { name: 'f', in: 'formData', type: 'string' };

testRule(rule, {
  valid: [{ name: 'one body', swagger: swagger({ '/items': { post: op({ parameters: [body('item')] }) } }) }],
  invalid: [
    { name: 'two bodies', swagger: swagger({ '/items': { post: op({ parameters: [body('a'), body('b')] }) } }), pointers: ['/paths/~1items/post/parameters/1'], message: /more than one/ },
    { name: 'body and formData', swagger: swagger({ '/items': { post: op({ parameters: [body('a'), form] }) } }), pointers: ['/paths/~1items/post/parameters/0'], message: /mixes/ },
  ],
});
