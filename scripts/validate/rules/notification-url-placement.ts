import { HTTP_METHODS, asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  misplaced: () => 'x-ms-notification-url only works on a property of a webhook trigger\'s body schema.',
};

/** Only the body of a webhook subscription receives the callback URL; anywhere else the flag does nothing. */
const rule = defineRule({
  id: 'notification-url-placement',
  description: 'x-ms-notification-url appears only in the body schema of a webhook trigger (or a definition it uses).',
  docs: ruleDocs('notification-url-placement'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      if (Array.isArray(node.value) || node.value['x-ms-notification-url'] === undefined) continue;
      if (node.at[node.at.length - 1] === 'properties') continue;
      const [root, path, method, section, , inside] = node.at;
      if (root === 'definitions' || (root === 'parameters' && node.at[2] === 'schema')) continue;
      const operation = typeof path === 'string' && typeof method === 'string' && (HTTP_METHODS as readonly string[]).includes(method) ? asObject(asObject(asObject(ctx.swagger?.paths)?.[path])?.[method]) : undefined;
      const inTriggerBody = root === 'paths' && operation?.['x-ms-trigger'] === 'single' && section === 'parameters' && inside === 'schema';
      if (!inTriggerBody) out.push({ pointer: pointer(node.at, 'x-ms-notification-url'), message: messages.misplaced() });
    }
    return out;
  },
});
export default rule;
