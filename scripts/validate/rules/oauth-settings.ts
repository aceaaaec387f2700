import { asArray, asObject, pointer } from '../context.js';
import { connectionParameters, getIgnoringCase, oAuthSettingsOf } from '../api-properties.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const REDIRECT_MODES = ['global', 'globalperconnector', 'direct'];

/** What each identity provider needs in oAuthSettings, from Microsoft's apiProperties schema. */
const rule = defineRule({
  id: 'oauth-settings',
  description: 'oAuthSettings name an identityProvider and give what it requires (aad: resourceUri; customParameters as {"value": ...}).',
  docs: ruleDocs('oauth-settings'),
  appliesTo: 'apiProperties',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { name, parameter, at } of connectionParameters(ctx.apiProperties)) {
      const found = oAuthSettingsOf(parameter);
      if (!found) continue;
      const { settings } = found;
      const where = [...at, found.key];
      const provider = settings.identityProvider;
      if (typeof provider !== 'string' || provider === '') {
        out.push({ pointer: pointer(where), message: `${name}: oAuthSettings has no identityProvider (aad, oauth2, oauth2generic, ...).` });
        continue;
      }
      const custom = asObject(settings.customParameters) ?? {};
      for (const [key, value] of Object.entries(custom)) {
        // {"value": null} and {} leave the parameter to the provider's default, as certified connectors do.
        const object = asObject(value);
        const inner = object?.value;
        if (!object || (inner !== undefined && inner !== null && typeof inner !== 'string')) {
          out.push({ pointer: pointer(where, 'customParameters', key), message: `${name}: customParameters.${key} must be {"value": "<string>"}.` });
        }
      }
      const lower = provider.toLowerCase();
      // The platform reads these keys without regard to case (ResourceUri is resourceUri); the resource
      // may also come from properties.AzureActiveDirectoryResourceId.
      const properties = asObject(settings.properties);
      const resource = getIgnoringCase(custom, 'resourceUri') ?? getIgnoringCase(properties, 'AzureActiveDirectoryResourceId');
      if ((lower === 'aad' || lower === 'aadcertificate') && resource === undefined) {
        out.push({ pointer: pointer(where, 'customParameters'), message: `${name}: Microsoft Entra ID (${provider}) needs customParameters.resourceUri: add "resourceUri": {"value": "<the API's App ID URI>"}.` });
      }
      const firstParty = getIgnoringCase(properties, 'IsFirstParty');
      const firstPartyValue = firstParty?.value;
      // A JSON false reads as not first party, like "False"; a JSON true does not read as "True".
      if (firstParty !== undefined && firstPartyValue !== false && (typeof firstPartyValue !== 'string' || !['true', 'false'].includes(firstPartyValue.toLowerCase()))) {
        out.push({ pointer: pointer(where, 'properties', firstParty.key), message: `${name}: properties.IsFirstParty must be the string "True" or "False" (got ${JSON.stringify(firstPartyValue)}).` });
      }
      // Only a connector that says it is not first party contradicts aadcertificate; Microsoft's own
      // connectors (certified with no properties at all) have the flag set on the platform's side.
      if (lower === 'aadcertificate' && typeof firstPartyValue === 'string' && firstPartyValue.toLowerCase() === 'false') {
        out.push({ pointer: pointer(where, 'properties', firstParty!.key), message: `${name}: aadcertificate is for first-party connectors, but properties.IsFirstParty is "False".` });
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
});
export default rule;
