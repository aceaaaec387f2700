import { op, swagger, testRule } from '../testing.js';
import rule from './response-examples-produced.js';

const withExample = (type: string, produces?: string[]) => swagger({ '/items': { get: op({ ...(produces ? { produces } : {}), responses: { '200': { description: 'OK', examples: { [type]: { id: 1 } } } } }) } }, { produces: ['application/json'] });

testRule(rule, {
  valid: [
    { name: 'an example of a produced type (from the document)', swagger: withExample('application/json') },
    { name: 'an example of a type the operation produces', swagger: withExample('text/csv', ['text/csv']) },
  ],
  invalid: [{ name: 'an example of a type not produced', swagger: withExample('application/xml'), pointers: ['/paths/~1items/get/responses/200/examples/application~1xml'], message: /does not produce \(application\/json\)/ }],
});
