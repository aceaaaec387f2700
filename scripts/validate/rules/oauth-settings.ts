import { asArray, asObject, pointer } from '../context.js';
import { connectionParameters, getIgnoringCase, oAuthSettingsOf } from '../api-properties.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const REDIRECT_MODES = ['global', 'globalperconnector', 'direct'];

const messages = {
  noIdentityProvider: (connectionParameter: string) => `${connectionParameter}: oAuthSettings has no identityProvider (aad, oauth2, oauth2generic, ...).`,
  customParameterShape: (connectionParameter: string, key: string) => `${connectionParameter}: customParameters.${key} must be {"value": "<string>"}.`,
  resourceUriMissing: (connectionParameter: string, identityProvider: string) =>
    `${connectionParameter}: Microsoft Entra ID (${identityProvider}) needs customParameters.resourceUri: add "resourceUri": {"value": "<the API's App ID URI>"}.`,
  firstPartyValue: (connectionParameter: string, value: unknown) => `${connectionParameter}: properties.IsFirstParty must be the string "True" or "False" (got ${JSON.stringify(value)}).`,
  certificateNotFirstParty: (connectionParameter: string) => `${connectionParameter}: aadcertificate is for first-party connectors, but properties.IsFirstParty is "False".`,
  redirectMode: (connectionParameter: string, mode: unknown) => `${connectionParameter}: redirectMode ${JSON.stringify(mode)} is not Global, GlobalPerConnector or Direct.`,
  scopes: (connectionParameter: string) => `${connectionParameter}: scopes must be an array of strings.`,
};

/** What each identity provider needs in oAuthSettings, from Microsoft's apiProperties schema. */
const rule = defineRule({
  id: 'oauth-settings',
  description: 'oAuthSettings name an identityProvider and give what it requires (aad: resourceUri; customParameters as {"value": ...}).',
  docs: ruleDocs('oauth-settings'),
  appliesTo: 'apiProperties',
  messages,
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
        out.push({ pointer: pointer(where), message: messages.noIdentityProvider(name) });
        continue;
      }
      const custom = asObject(settings.customParameters) ?? {};
      for (const [key, value] of Object.entries(custom)) {
        // {"value": null} and {} leave the parameter to the provider's default, as certified connectors do.
        const object = asObject(value);
        const inner = object?.value;
        if (!object || (inner !== undefined && inner !== null && typeof inner !== 'string')) {
          out.push({ pointer: pointer(where, 'customParameters', key), message: messages.customParameterShape(name, key) });
        }
      }
      const lower = provider.toLowerCase();
      // The platform reads these keys without regard to case (ResourceUri is resourceUri); the resource
      // may also come from properties.AzureActiveDirectoryResourceId.
      const properties = asObject(settings.properties);
      const resource = getIgnoringCase(custom, 'resourceUri') ?? getIgnoringCase(properties, 'AzureActiveDirectoryResourceId');
      if ((lower === 'aad' || lower === 'aadcertificate') && resource === undefined) {
        out.push({ pointer: pointer(where, 'customParameters'), message: messages.resourceUriMissing(name, provider) });
      }
      const firstParty = getIgnoringCase(properties, 'IsFirstParty');
      const firstPartyValue = firstParty?.value;
      // A JSON false reads as not first party, like "False"; a JSON true does not read as "True".
      if (firstParty !== undefined && firstPartyValue !== false && (typeof firstPartyValue !== 'string' || !['true', 'false'].includes(firstPartyValue.toLowerCase()))) {
        out.push({ pointer: pointer(where, 'properties', firstParty.key), message: messages.firstPartyValue(name, firstPartyValue) });
      }
      // Only a connector that says it is not first party contradicts aadcertificate; Microsoft's own
      // connectors (certified with no properties at all) have the flag set on the platform's side.
      if (lower === 'aadcertificate' && typeof firstPartyValue === 'string' && firstPartyValue.toLowerCase() === 'false') {
        out.push({ pointer: pointer(where, 'properties', firstParty!.key), message: messages.certificateNotFirstParty(name) });
      }
      const mode = settings.redirectMode;
      if (mode !== undefined && (typeof mode !== 'string' || !REDIRECT_MODES.includes(mode.toLowerCase()))) {
        out.push({ pointer: pointer(where, 'redirectMode'), message: messages.redirectMode(name, mode) });
      }
      if (settings.scopes !== undefined && (!Array.isArray(settings.scopes) || asArray(settings.scopes).some((s) => typeof s !== 'string'))) {
        out.push({ pointer: pointer(where, 'scopes'), message: messages.scopes(name) });
      }
    }
    return out;
  },
});
export default rule;
