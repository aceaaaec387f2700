import { swagger, testRule } from '../testing.js';
import rule from './connector-metadata.js';

const withMetadata = (categories: string, extra: object[] = []) =>
  swagger(undefined, {
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: 'https://contoso.com' },
      { propertyName: 'Privacy policy', propertyValue: 'https://contoso.com/privacy' },
      { propertyName: 'Categories', propertyValue: categories },
      ...extra,
    ],
  });

testRule(rule, {
  valid: [{ name: 'two known categories', swagger: withMetadata('Productivity;Collaboration') }],
  invalid: [
    { name: 'missing', swagger: swagger(), pointers: [''] },
    { name: 'three categories', swagger: withMetadata('AI;Data;Finance'), pointers: ['/x-ms-connector-metadata/2/propertyValue'], message: /at most 2/ },
    { name: 'an unknown category', swagger: withMetadata('Tasks'), pointers: ['/x-ms-connector-metadata/2/propertyValue'], message: /'Tasks'/ },
    {
      name: 'a mis-cased name',
      swagger: swagger(undefined, { 'x-ms-connector-metadata': [{ propertyName: 'website', propertyValue: 'x' }, { propertyName: 'Privacy policy', propertyValue: 'y' }, { propertyName: 'Categories', propertyValue: 'AI' }] }),
      pointers: ['/x-ms-connector-metadata'],
      message: /'Website'/,
    },
  ],
});
