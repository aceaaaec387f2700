import { defineDefinition, ref } from '../kit/index.js';
import { DataSet } from './DataSet.js';

// Not in the specification: the tabular contract's answer to GET /datasets, behind the instance picker.
export const DataSetsList = defineDefinition('DataSetsList', {
  type: 'object',
  description: 'Represents a list of Customer Insights instances.',
  properties: {
    value: { type: 'array', description: 'List of instances', items: ref(DataSet) },
  },
});
