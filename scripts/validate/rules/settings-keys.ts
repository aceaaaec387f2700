import { pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The keys paconn's settings serializer reads (schema keys plus script and the login keys). */
export const SETTINGS_KEYS = [
  'connectorId', 'environment', 'apiProperties', 'apiDefinition', 'icon', 'script', 'powerAppsUrl', 'powerAppsApiVersion',
  'flowUrl', 'flowApiVersion', 'clientId', 'tenant', 'authorityUrl', 'resource',
];

const ENVIRONMENT = /^(Default-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const messages = {
  notObject: () => 'settings.json must be a JSON object.',
  unknownKey: (key: string) => `paconn does not read '${key}'; it is ignored (known keys: ${SETTINGS_KEYS.join(', ')}).`,
  notString: (key: string) => `'${key}' must be a string.`,
  environmentNotGuid: (environment: string) => `environment '${environment}' is not an environment id (a GUID).`,
  powerAppsApiVersion: () => "powerAppsApiVersion must be '2016-11-01'.",
};

const rule = defineRule({
  id: 'settings-keys',
  description: 'settings.json uses only keys paconn reads, with string values and a GUID environment.',
  docs: ruleDocs('settings-keys'),
  appliesTo: 'settings',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check(ctx) {
    const settings = ctx.settings;
    if (!settings) return [{ pointer: '', message: messages.notObject() }];
    const out: Finding[] = [];
    for (const [key, value] of Object.entries(settings)) {
      const at = pointer([key]);
      if (!SETTINGS_KEYS.includes(key)) out.push({ pointer: at, message: messages.unknownKey(key) });
      else if (typeof value !== 'string') out.push({ pointer: at, message: messages.notString(key) });
    }
    if (typeof settings.environment === 'string' && !ENVIRONMENT.test(settings.environment)) out.push({ pointer: '/environment', message: messages.environmentNotGuid(settings.environment) });
    if (settings.powerAppsApiVersion !== undefined && settings.powerAppsApiVersion !== '2016-11-01') out.push({ pointer: '/powerAppsApiVersion', message: messages.powerAppsApiVersion() });
    return out;
  },
});
export default rule;
