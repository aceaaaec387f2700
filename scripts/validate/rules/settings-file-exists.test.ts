import { testRule } from '../testing.js';
import rule from './settings-file-exists.js';

const settings = { apiDefinition: 'generated/apiDefinition.swagger.json', apiProperties: 'generated/apiProperties.json' };

testRule(rule, {
  valid: [{ name: 'both files exist', settings, existingFiles: ['generated/apiDefinition.swagger.json', 'generated/apiProperties.json'] }],
  invalid: [
    {
      name: 'the swagger is missing (relative to the current directory)',
      settings,
      existingFiles: ['generated/apiProperties.json'],
      pointers: ['/apiDefinition'],
      message: /relative to \., where this run resolves settings paths.*not to settings\.json/,
    },
  ],
});
