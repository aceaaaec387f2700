import { asObject, pointer } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

const PRIMITIVES = ['string', 'securestring', 'int', 'bool'];
const TYPES = [...PRIMITIVES, 'gatewaySetting', 'oauthSetting'];

/** Connection parameter names and types as the platform's apiProperties schema defines them. */
const rule: Rule = {
  id: 'connection-parameter-types',
  description: 'Connection parameters have valid names and types (string, securestring, int, bool, gatewaySetting, oauthSetting).',
  docs: ruleDocs('connection-parameter-types'),
  appliesTo: 'apiProperties',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const type = parameter.type;
      const sub = /^[0-9a-zA-Z_]+:[0-9a-zA-Z_]+$/.test(name);
      if (!sub && !/^[0-9a-zA-Z_]+$/.test(name)) out.push({ pointer: pointer(at), message: `Connection parameter name '${name}' may use only letters, digits and '_' (or 'name:sub').` });
      if (typeof type !== 'string' || !TYPES.includes(type)) {
        out.push({ pointer: pointer(at, 'type'), message: `Connection parameter '${name}' has type ${JSON.stringify(type)}; use one of ${TYPES.join(', ')}.` });
        continue;
      }
      if (sub && !PRIMITIVES.includes(type)) out.push({ pointer: pointer(at, 'type'), message: `'${name}' is a sub-parameter, so its type must be a primitive (${PRIMITIVES.join(', ')}).` });
      if (type === 'oauthSetting' && !asObject(parameter.oAuthSettings)) out.push({ pointer: pointer(at), message: `OAuth connection parameter '${name}' has no oAuthSettings.` });
    }
    return out;
  },
};
export default rule;
