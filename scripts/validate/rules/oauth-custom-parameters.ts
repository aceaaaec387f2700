import { asObject, pointer } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The customParameters each identity provider understands; others are ignored by the platform. */
export const KNOWN: Record<string, readonly string[]> = {
  oauth2: ['authorizationUrl', 'tokenUrl', 'refreshUrl'],
  oauth2generic: [
    'authorizationUrlTemplate', 'authorizationUrlQueryStringTemplate', 'tokenUrlTemplate', 'tokenUrlQueryStringTemplate',
    'tokenBodyTemplate', 'refreshUrlTemplate', 'refreshUrlQueryStringTemplate', 'refreshBodyTemplate', 'scopeListDelimiter',
  ],
  aad: ['resourceUri', 'loginUri', 'tenantId', 'enableOnbehalfOfLogin'],
  aadcertificate: ['resourceUri', 'loginUri', 'loginUriAAD'],
};

const messages = {
  unknownParameter: (connectionParameter: string, key: string, identityProvider: string, known: readonly string[]) =>
    `${connectionParameter}: '${key}' is not a customParameter of ${identityProvider} (${known.join(', ')}).`,
};

const rule = defineRule({
  id: 'oauth-custom-parameters',
  description: 'oAuthSettings.customParameters use only the names their identity provider understands.',
  docs: ruleDocs('oauth-custom-parameters'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const settings = asObject(parameter.oAuthSettings);
      const provider = typeof settings?.identityProvider === 'string' ? settings.identityProvider.toLowerCase() : undefined;
      const known = provider ? KNOWN[provider] : undefined;
      if (!settings || !known) continue;
      for (const key of Object.keys(asObject(settings.customParameters) ?? {})) {
        if (!known.includes(key)) out.push({ pointer: pointer(at, 'oAuthSettings', 'customParameters', key), message: messages.unknownParameter(name, key, String(settings.identityProvider), known) });
      }
    }
    return out;
  },
});
export default rule;
