import { asObject, pointer, policyInstances } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { hasPolicyExpression, isPlaceholder } from '../secret-heuristics.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const CREDENTIAL_HEADERS = /^(authorization|x-api-key|api-key|apikey|ocp-apim-subscription-key|x-functions-key)$/i;

const messages = {
  clientSecret: (connectionParameter: string) => `${connectionParameter}: a client secret is written into the file; leave it out and pass it with paconn --secret.`,
  secureDefault: (connectionParameter: string) => `${connectionParameter}: a secure parameter has a default value; the maker must supply it.`,
  literalHeader: (header: string) => `The setheader policy writes a literal ${header}; take it from @connectionParameters('...') instead.`,
};

export function looksLikeSecret(value: unknown): value is string {
  return typeof value === 'string' && !isPlaceholder(value);
}

/** Files in a connector folder end up in git and in the platform; credentials belong in connections. */
const rule = defineRule({
  id: 'no-secrets',
  description: 'apiProperties holds no client secrets, secure defaults or literal credential headers.',
  docs: ruleDocs('no-secrets'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const settings = asObject(parameter.oAuthSettings);
      for (const [key, value] of Object.entries(settings ?? {})) {
        if (/^clientsecret$/i.test(key) && looksLikeSecret(value)) {
          out.push({ pointer: pointer(at, 'oAuthSettings', key), message: messages.clientSecret(name) });
        }
      }
      if (parameter.type === 'securestring' && looksLikeSecret(parameter.defaultValue)) {
        out.push({ pointer: pointer(at, 'defaultValue'), message: messages.secureDefault(name) });
      }
    }
    for (const { instance, at } of policyInstances(ctx.apiProperties)) {
      if (String(instance.templateId).toLowerCase() !== 'setheader') continue;
      const parameters = asObject(instance.parameters) ?? {};
      const header = parameters['x-ms-apimTemplateParameter.name'];
      const value = parameters['x-ms-apimTemplateParameter.value'];
      if (typeof header === 'string' && CREDENTIAL_HEADERS.test(header) && looksLikeSecret(value) && !hasPolicyExpression(value)) {
        out.push({ pointer: pointer(at, 'parameters', 'x-ms-apimTemplateParameter.value'), message: messages.literalHeader(header) });
      }
    }
    return out;
  },
});
export default rule;
