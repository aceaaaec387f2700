import { asObject, pointer } from '../context.js';
import { connectionParameters, oAuthSettingsOf } from '../api-properties.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const PRIMITIVES = ['string', 'securestring', 'int', 'bool'];
const TYPES = [...PRIMITIVES, 'gatewaySetting', 'oauthSetting'];

const messages = {
  badName: (name: string) => `Connection parameter name '${name}' may use only letters, digits, '_', '-', '.' and spaces (or 'name:sub').`,
  unknownType: (name: string, type: unknown) => `Connection parameter '${name}' has type ${JSON.stringify(type)}; use one of ${TYPES.join(', ')}.`,
  subParameterNotPrimitive: (name: string) => `'${name}' is a sub-parameter, so its type must be a primitive (${PRIMITIVES.join(', ')}).`,
  noOAuthSettings: (name: string) => `OAuth connection parameter '${name}' has no oAuthSettings.`,
};

/** Connection parameter names and types as the platform's apiProperties schema defines them. */
const rule = defineRule({
  id: 'connection-parameter-types',
  description: 'Connection parameters have valid names and types (string, securestring, int, bool, gatewaySetting, oauthSetting).',
  docs: ruleDocs('connection-parameter-types'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const sub = /^[^:]+:[^:]+$/.test(name);
      // Certified connectors use '-', '.' and spaces in names (contentgate-DnsName, API Key); quotes,
      // slashes and other punctuation would break @connectionParameters('...') and the parameter-set syntax.
      if (!/^[0-9a-zA-Z_][0-9a-zA-Z_ .-]*(:[0-9a-zA-Z_][0-9a-zA-Z_ .-]*)?$/.test(name)) {
        out.push({ pointer: pointer(at), message: messages.badName(name) });
      }
      const raw = parameter.type;
      // The platform reads the type without regard to case: oAuthSetting is oauthSetting.
      const type = typeof raw === 'string' ? TYPES.find((t) => t.toLowerCase() === raw.toLowerCase()) : undefined;
      if (type === undefined) {
        out.push({ pointer: pointer(at, 'type'), message: messages.unknownType(name, raw) });
        continue;
      }
      if (sub && !PRIMITIVES.includes(type)) out.push({ pointer: pointer(at, 'type'), message: messages.subParameterNotPrimitive(name) });
      if (type === 'oauthSetting' && !oAuthSettingsOf(parameter)) out.push({ pointer: pointer(at), message: messages.noOAuthSettings(name) });
    }
    return out;
  },
});
export default rule;
