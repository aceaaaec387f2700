import { op, swagger, testRule } from '../testing.js';
import rule from './operation-description.js';

const withDescription = (description: string | undefined) => swagger({ '/items': { get: op({ summary: 'Get an item', description }) } });

testRule(rule, {
  valid: [
    { name: 'a full sentence', swagger: withDescription('Gets one item by its identifier.') },
    { name: 'a sentence without its period (a separate hint)', swagger: withDescription('Gets one item by its identifier') },
  ],
  invalid: [
    { name: 'missing', swagger: withDescription(undefined), pointers: ['/paths/~1items/get'] },
    { name: 'same as the summary', swagger: withDescription('Get an item'), pointers: ['/paths/~1items/get/description'], message: /repeats/ },
  ],
});
