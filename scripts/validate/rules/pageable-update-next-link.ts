import { asObject, pointer, policyInstances, policyOperationNames } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  noPolicy: (name: string) => `${name} is pageable but no updatenextlink policy lists it, so next links bypass the connector.`,
  nameDiffers: (nextLinkName: string, property: string) => `nextLinkName '${nextLinkName}' differs from the updatenextlink policy's nextLinkPropertyName '${property}'.`,
};

/**
 * The backend's next link points at the backend, not at the connector; the updatenextlink policy
 * rewrites it so the next page goes through the connector (with the connection's credentials).
 */
const rule = defineRule({
  id: 'pageable-update-next-link',
  description: 'Operations with x-ms-pageable are covered by an updatenextlink policy for the same property.',
  docs: ruleDocs('pageable-update-next-link'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const pageable = asObject(entry.operation['x-ms-pageable']);
    if (!ctx.apiProperties || !pageable) return undefined;
    const policy = policyInstances(ctx.apiProperties)
      .filter(({ instance }) => String(instance.templateId).toLowerCase() === 'updatenextlink')
      .find(({ instance }) => {
        const names = policyOperationNames(instance);
        return names === undefined || names.includes(entry.operationId ?? '');
      });
    if (!policy) {
      return { pointer: pointer(entry.at, 'x-ms-pageable'), message: messages.noPolicy(entry.operationId ?? entry.path) };
    }
    const property = asObject(policy.instance.parameters)?.['x-ms-apimTemplateParameter.nextLinkPropertyName'];
    if (typeof property === 'string' && typeof pageable.nextLinkName === 'string' && property !== pageable.nextLinkName) {
      return { pointer: pointer(entry.at, 'x-ms-pageable', 'nextLinkName'), message: messages.nameDiffers(pageable.nextLinkName, property) };
    }
    return undefined;
  }),
});
export default rule;
