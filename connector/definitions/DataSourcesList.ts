import { defineDefinition, ref } from '../kit/index.js';
import { DataSource } from './DataSource.js';

export const DataSourcesList = defineDefinition('DataSourcesList', {
  type: 'object',
  description: 'DataSourcesList',
  properties: {
    value: { type: 'array', description: 'List of data sources', items: ref(DataSource) },
  },
});
