import { defineRule, ruleDocs } from '../types.js';

const messages = {
  yaml: () => 'This swagger is YAML; convert it to JSON (apiDefinition.swagger.json) before deploying with paconn or pac.',
};

/** The validator reads YAML for convenience, but paconn, pac and the maker portal take JSON only. */
const rule = defineRule({
  id: 'file-json-format',
  description: 'The swagger is JSON (YAML is read here, but paconn and the portal need JSON).',
  docs: ruleDocs('file-json-format'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'info', certification: 'error' },
  check: (ctx) => (ctx.format === 'yaml' ? [{ pointer: '', message: messages.yaml() }] : []),
});
export default rule;
