/**
 * Deploy-time files: what one deployment needs beyond the committed build output. The environment,
 * the connector id and the app registration's client id differ per tenant, so they never go into
 * the output folder (which is committed and must stay byte-stable); they go into a settings file
 * that paconn reads with `--settings` and writes back after `create` (its own `settings.json` in the
 * folder it runs from), and, for a client id, into a copy of apiProperties beside it.
 */
import path from 'node:path';
import type { ApiProperties } from '../../connector/kit/index.js';
import { toStableJson } from '../core/stable-json.js';
import { paconnSettings } from './settings.js';

/** The copy of apiProperties with the deploy-time client id, written beside the settings file. */
export const DEPLOY_API_PROPERTIES_FILE = 'apiProperties.deploy.json';

export interface DeploymentOptions {
  /** The settings file to write, relative to the folder paconn runs in (usually `settings.json`). */
  settingsFile: string;
  /** The build's output folder, relative to the folder paconn runs in, with forward slashes. */
  outputFolder: string;
  environment?: string;
  connectorId?: string;
  clientId?: string;
  /** The built apiProperties, copied with `clientId` when one is given. */
  apiProperties: ApiProperties;
  /** The settings file as it is now, if any: paconn wrote the connector id into it after `create`. */
  existingSettings?: string;
}

/** Relative path (forward slashes) → content. */
export function deploymentFiles(options: DeploymentOptions): Map<string, Buffer> {
  const previous = parseSettings(options.existingSettings);
  const settings = paconnSettings({
    folder: options.outputFolder,
    ...pick('environment', options.environment ?? previous.environment),
    ...pick('connectorId', options.connectorId ?? previous.connectorId),
  });
  const files = new Map<string, Buffer>();
  if (options.clientId) {
    const copy = path.posix.join(path.posix.dirname(options.settingsFile), DEPLOY_API_PROPERTIES_FILE);
    settings.apiProperties = copy;
    files.set(copy, Buffer.from(toStableJson(withClientId(options.apiProperties, options.clientId))));
  }
  files.set(options.settingsFile, Buffer.from(toStableJson(settings)));
  return files;
}

/** Sets the client id of every OAuth connection parameter, in both places apiProperties can have them. */
export function withClientId(apiProperties: ApiProperties, clientId: string): ApiProperties {
  const copy = structuredClone(apiProperties) as ApiProperties & { properties: Record<string, unknown> };
  const parameterGroups: unknown[] = [copy.properties.connectionParameters];
  const sets = copy.properties.connectionParameterSets as { values?: { parameters?: unknown }[] } | undefined;
  for (const set of sets?.values ?? []) parameterGroups.push(set.parameters);
  for (const group of parameterGroups) {
    for (const parameter of Object.values((group ?? {}) as Record<string, { oAuthSettings?: { clientId?: string } }>)) {
      if (parameter?.oAuthSettings) parameter.oAuthSettings.clientId = clientId;
    }
  }
  return copy;
}

function parseSettings(text: string | undefined): { environment?: string; connectorId?: string } {
  if (text === undefined) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const { environment, connectorId } = value as Record<string, unknown>;
    return {
      ...(typeof environment === 'string' ? { environment } : {}),
      ...(typeof connectorId === 'string' ? { connectorId } : {}),
    };
  } catch {
    return {};
  }
}

function pick<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}
