import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { isWebhookTrigger } from '../webhooks.js';

const messages = {
  notTrigger: (name: string) => `${name} has x-ms-notification but is not a trigger; it belongs on a trigger (x-ms-trigger) only.`,
  onWebhook: (name: string) => `${name} is a webhook trigger, which cannot carry x-ms-notification; put it on the polling trigger the webhook notifies.`,
  targetNotWebhook: (operationId: string) => `x-ms-notification names ${operationId}, which is not a webhook operation (x-ms-trigger: single, not a GET).`,
  parameterDiffers: (parameter: string, operationId: string) => `Parameter '${parameter}' differs from the one of ${operationId} in type or visibility; the maker fills them once, so give both the same type and x-ms-visibility.`,
};

/**
 * x-ms-notification pairs a polling (fetch) trigger with the webhook (subscribe) operation that
 * notifies it: it stands on a trigger that is not itself a webhook, names a webhook, and the two
 * share their same-named parameters as one (the maker fills them once).
 */
const rule = defineRule({
  id: 'notification-extension',
  description: 'x-ms-notification stands on a non-webhook trigger, names a webhook operation, and both give same-named parameters one type and visibility.',
  docs: ruleDocs('notification-extension'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const out: Finding[] = [];
    const notification = asObject(entry.operation['x-ms-notification']);
    if (!notification) return out;
    const at = [...entry.at, 'x-ms-notification'];
    const name = `${entry.method.toUpperCase()} ${entry.path}`;
    if (entry.operation['x-ms-trigger'] === undefined) {
      out.push({ pointer: pointer(at), message: messages.notTrigger(name) });
      return out;
    }
    if (isWebhookTrigger(entry)) {
      out.push({ pointer: pointer(at), message: messages.onWebhook(name) });
      return out;
    }
    const target = typeof notification.operationId === 'string' ? ctx.operationsById.get(notification.operationId) : undefined;
    if (!target) return out; // A missing or unknown operationId is extension-shape's and the target rules'.
    if (!isWebhookTrigger(target)) {
      out.push({ pointer: pointer(at, 'operationId'), message: messages.targetNotWebhook(String(notification.operationId)) });
      return out;
    }
    const subscribe = new Map(ctx.parameters(target).map((p) => [String(p.parameter.name), p.parameter]));
    for (const { parameter, at: parameterAt } of ctx.parameters(entry)) {
      const other = subscribe.get(String(parameter.name));
      if (!other) continue;
      if (parameter.type !== other.type || (parameter['x-ms-visibility'] ?? 'none') !== (other['x-ms-visibility'] ?? 'none')) {
        out.push({ pointer: pointer(parameterAt), message: messages.parameterDiffers(String(parameter.name), String(notification.operationId)) });
      }
    }
    return out;
  }),
});
export default rule;
