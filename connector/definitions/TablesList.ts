import { defineDefinition, ref } from '../kit/index.js';
import { Table } from './Table.js';

export const TablesList = defineDefinition('TablesList', {
  type: 'object',
  description: 'Represents a list of tables.',
  properties: {
    value: { type: 'array', description: 'List of Tables', items: ref(Table) },
  },
});
