import { op, swagger, testRule } from '../testing.js';
import rule from './operation-description-sentence.js';

const withDescription = (description: string) => swagger({ '/items': { get: op({ description }) } });

testRule(rule, {
  valid: [
    { name: 'a full sentence', swagger: withDescription('Gets one item by its identifier.') },
    { name: 'a single word needs no period', swagger: withDescription('Items') },
    // operation-description reports a description that repeats the summary (and asks for a sentence): one finding.
    { name: 'a copy of the summary (operation-description reports it)', swagger: swagger({ '/items': { get: op({ summary: 'Get an item', description: 'Get an item' }) } }) },
  ],
  invalid: [{ name: 'no final period', swagger: withDescription('Gets one item by its identifier'), pointers: ['/paths/~1items/get/description'], message: /period/ }],
});
