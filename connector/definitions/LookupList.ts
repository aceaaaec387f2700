import { defineDefinition, ref } from '../kit/index.js';
import { LookupItem } from './LookupItem.js';

// Not in the specification: the answer of the internal picker operations (measures, segments, ...).
export const LookupList = defineDefinition('LookupList', {
  type: 'object',
  description: 'Represents the choices of a picker.',
  properties: {
    value: { type: 'array', description: 'List of choices', items: ref(LookupItem) },
  },
});
