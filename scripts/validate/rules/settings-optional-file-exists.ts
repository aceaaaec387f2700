import { defineRule, ruleDocs } from '../types.js';
import { messages, missingFiles } from './settings-file-exists.js';

/** paconn silently skips a missing icon or script, so the connector deploys without them. */
const rule = defineRule({
  id: 'settings-optional-file-exists',
  description: 'The icon and script files settings.json names exist (paconn would silently deploy without them).',
  docs: ruleDocs('settings-optional-file-exists'),
  appliesTo: 'settings',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check: (ctx) => missingFiles(ctx, ['icon', 'script']),
});
export default rule;
