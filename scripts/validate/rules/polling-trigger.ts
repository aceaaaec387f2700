import { asObject, pointer, policyInstances, policyOperationNames } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notGet: (name: string, method: string) => `Polling trigger ${name} is a ${method}; polling triggers are GET operations.`,
  untracked: (name: string) => `Polling trigger ${name} has no pollingtrigger policy in apiProperties and no 202 response, so nothing keeps track of what it has already seen.`,
};

/**
 * A polling trigger is a GET the platform calls on a schedule. With x-ms-trigger-metadata polling,
 * either the pollingtrigger policy tracks state (triggerConfig + triggerDataPath), or the backend
 * itself answers 202 (no new data) / 200 with Retry-After and Location.
 */
const rule = defineRule({
  id: 'polling-trigger',
  description: 'A polling trigger (x-ms-trigger: batch) is a GET with a pollingtrigger policy or a 202 response.',
  docs: ruleDocs('polling-trigger'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const out: Finding[] = [];
    if (entry.operation['x-ms-trigger'] !== 'batch') return out;
    const id = entry.operationId ?? entry.path;
    if (entry.method !== 'get') out.push({ pointer: pointer(entry.at), message: messages.notGet(id, entry.method.toUpperCase()) });
    const metadata = asObject(entry.operation['x-ms-trigger-metadata']);
    if (metadata?.mode !== 'polling' || !ctx.apiProperties) return out;
    const covered = policyInstances(ctx.apiProperties)
      .filter(({ instance }) => String(instance.templateId).toLowerCase() === 'pollingtrigger')
      .some(({ instance }) => {
        const names = policyOperationNames(instance);
        return names === undefined || names.includes(entry.operationId ?? '');
      });
    const backendProtocol = asObject(entry.operation.responses)?.['202'] !== undefined;
    if (!covered && !backendProtocol) {
      out.push({ pointer: pointer(entry.at, 'x-ms-trigger-metadata'), message: messages.untracked(id) });
    }
    return out;
  }),
});
export default rule;
