import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The keys paconn's settings serializer reads (schema keys plus script and the login keys). */
export const SETTINGS_KEYS = [
  'connectorId', 'environment', 'apiProperties', 'apiDefinition', 'icon', 'script', 'powerAppsUrl', 'powerAppsApiVersion',
  'flowUrl', 'flowApiVersion', 'clientId', 'tenant', 'authorityUrl', 'resource',
];

const ENVIRONMENT = /^(Default-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const rule = defineRule({
  id: 'settings-keys',
  description: 'settings.json uses only keys paconn reads, with string values and a GUID environment.',
  docs: ruleDocs('settings-keys'),
  appliesTo: 'settings',
  severity: { custom: 'warning', certification: 'warning' },
  check(ctx) {
    const settings = ctx.settings;
    if (!settings) return [{ pointer: '', message: 'settings.json must be a JSON object.' }];
    const out: Finding[] = [];
    for (const [key, value] of Object.entries(settings)) {
      const at = pointer([key]);
      if (!SETTINGS_KEYS.includes(key)) out.push({ pointer: at, message: `paconn does not read '${key}'; it is ignored (known keys: ${SETTINGS_KEYS.join(', ')}).` });
      else if (typeof value !== 'string') out.push({ pointer: at, message: `'${key}' must be a string.` });
    }
    if (typeof settings.environment === 'string' && !ENVIRONMENT.test(settings.environment)) out.push({ pointer: '/environment', message: `environment '${settings.environment}' is not an environment id (a GUID).` });
    if (settings.powerAppsApiVersion !== undefined && settings.powerAppsApiVersion !== '2016-11-01') out.push({ pointer: '/powerAppsApiVersion', message: "powerAppsApiVersion must be '2016-11-01'." });
    return out;
  },
});
export default rule;
