import { op, swagger, testRule } from '../testing.js';
import rule from './response-success-required.js';

testRule(rule, {
  valid: [
    // No responses at all is operation-responses-required's finding, not a second one here.
    { name: 'no responses (reported by operation-responses-required)', swagger: swagger({ '/items': { get: op({ responses: {} }) } }) },
    { name: 'a 200', swagger: swagger() }, { name: 'a 202 only', swagger: swagger({ '/items': { post: op({ responses: { '202': { description: 'Accepted' } } }) } }) }],
  invalid: [{ name: 'only default', swagger: swagger({ '/items': { get: op({ responses: { default: { description: 'Error' } } }) } }), pointers: ['/paths/~1items/get/responses'], message: /^GET \/items declares no success \(2xx\) response/ }],
});
