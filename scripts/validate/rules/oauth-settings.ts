import { asArray, asObject, pointer } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

const REDIRECT_MODES = ['global', 'globalperconnector', 'direct'];

/** What each identity provider needs in oAuthSettings, from Microsoft's apiProperties schema. */
const rule: Rule = {
  id: 'oauth-settings',
  description: 'oAuthSettings name an identityProvider and give what it requires (aad: resourceUri; customParameters as {"value": ...}).',
  docs: ruleDocs('oauth-settings'),
  appliesTo: 'apiProperties',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const settings = asObject(parameter.oAuthSettings);
      if (!settings) continue;
      const where = [...at, 'oAuthSettings'];
      const provider = settings.identityProvider;
      if (typeof provider !== 'string' || provider === '') {
        out.push({ pointer: pointer(where), message: `${name}: oAuthSettings has no identityProvider (aad, oauth2, oauth2generic, ...).` });
        continue;
      }
      const custom = asObject(settings.customParameters) ?? {};
      for (const [key, value] of Object.entries(custom)) {
        if (typeof asObject(value)?.value !== 'string') out.push({ pointer: pointer(where, 'customParameters', key), message: `${name}: customParameters.${key} must be {"value": "<string>"}.` });
      }
      const lower = provider.toLowerCase();
      if ((lower === 'aad' || lower === 'aadcertificate') && custom.resourceUri === undefined) {
        out.push({ pointer: pointer(where, 'customParameters'), message: `${name}: Microsoft Entra ID (${provider}) needs customParameters.resourceUri.` });
      }
      const firstParty = asObject(settings.properties)?.IsFirstParty;
      if (firstParty !== undefined && firstParty !== 'True' && firstParty !== 'False') {
        out.push({ pointer: pointer(where, 'properties', 'IsFirstParty'), message: `${name}: properties.IsFirstParty must be the string "True" or "False" (got ${JSON.stringify(firstParty)}).` });
      }
      if (lower === 'aadcertificate' && firstParty !== 'True') {
        out.push({ pointer: pointer(where, 'properties'), message: `${name}: aadcertificate requires properties.IsFirstParty "True".` });
      }
      const mode = settings.redirectMode;
      if (mode !== undefined && (typeof mode !== 'string' || !REDIRECT_MODES.includes(mode.toLowerCase()))) {
        out.push({ pointer: pointer(where, 'redirectMode'), message: `${name}: redirectMode ${JSON.stringify(mode)} is not Global, GlobalPerConnector or Direct.` });
      }
      if (settings.scopes !== undefined && (!Array.isArray(settings.scopes) || asArray(settings.scopes).some((s) => typeof s !== 'string'))) {
        out.push({ pointer: pointer(where, 'scopes'), message: `${name}: scopes must be an array of strings.` });
      }
    }
    return out;
  },
};
export default rule;
