import { op, swagger, testRule } from '../testing.js';
import rule from './summary-trailing-punctuation.js';

const withSummary = (summary: string) => swagger({ '/items': { get: op({ summary }) } });

testRule(rule, {
  valid: [
    { name: 'ends with a letter', swagger: withSummary('Get an item') },
    { name: 'ends with a parenthesis', swagger: withSummary('Get an item (V2)') },
    { name: 'ends with a non-ASCII letter', swagger: withSummary('Élément récupéré') },
  ],
  invalid: [
    { name: 'a trailing period', swagger: withSummary('Get an item.'), pointers: ['/paths/~1items/get/summary'], message: /"\."/ },
    { name: 'a trailing space', swagger: withSummary('Get an item '), pointers: ['/paths/~1items/get/summary'] },
    { name: 'a trailing colon', swagger: withSummary('Items:'), pointers: ['/paths/~1items/get/summary'] },
  ],
});
