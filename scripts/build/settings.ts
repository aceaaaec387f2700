/**
 * settings.json for `paconn create/update --settings`. paconn opens the files it names relative to
 * the folder it runs in, and the README runs it from the project root, so the paths carry the
 * output folder. The environment and connector id are deployment facts: they come from flags or
 * environment variables, never from the committed defaults.
 */
export interface SettingsOptions {
  /** Output folder relative to the folder paconn runs in, with forward slashes (e.g. `generated`). */
  folder: string;
  environment?: string;
  connectorId?: string;
}

export function paconnSettings(options: SettingsOptions): Record<string, string> {
  const prefix = options.folder === '' || options.folder === '.' ? '' : `${options.folder.replace(/\/+$/, '')}/`;
  return {
    ...(options.connectorId ? { connectorId: options.connectorId } : {}),
    ...(options.environment ? { environment: options.environment } : {}),
    apiProperties: `${prefix}apiProperties.json`,
    apiDefinition: `${prefix}apiDefinition.swagger.json`,
    icon: `${prefix}icon.png`,
    powerAppsApiVersion: '2016-11-01',
    powerAppsUrl: 'https://api.powerapps.com',
  };
}
