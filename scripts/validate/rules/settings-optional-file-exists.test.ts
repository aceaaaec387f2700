import { testRule } from '../testing.js';
import rule from './settings-optional-file-exists.js';

testRule(rule, {
  valid: [{ name: 'the icon exists', settings: { icon: 'icon.png' }, existingFiles: ['icon.png'] }],
  invalid: [{ name: 'the icon is missing', settings: { icon: 'icon.png', script: 'script.csx' }, existingFiles: ['script.csx'], pointers: ['/icon'], message: /does not exist relative to \., where this run resolves settings paths/ }],
});
