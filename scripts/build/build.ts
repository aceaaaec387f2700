/**
 * The build pipeline: assembled connector → checks → the files paconn and the maker portal read,
 * plus the generated types. Nothing is written unless every check passes, and then every file is
 * staged first and moved into place, so a failed build leaves the output folder as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssembledConnector } from '../../connector/kit/index.js';
import { toStableJson } from '../core/stable-json.js';
import { checkConnectorFiles } from './check.js';
import type { FileReport } from '../validate/index.js';
import { renderIcon } from './icon.js';
import { logicAppsFiles } from './logic-apps/index.js';
import { renderReadme } from './readme/index.js';
import { paconnSettings } from './settings.js';
import { orderSwagger } from './swagger-order.js';
import { inlineSuppressions, stripInlineSuppressions } from '../validate/config-inline.js';
import { missingTypeGenerator, typesFile } from './types.js';
import { API_PROPERTIES_FILE, ICON_FILE, README_FILE, SETTINGS_FILE, SWAGGER_FILE, TYPES_FILE } from './file-names.js';

export { API_PROPERTIES_FILE, ICON_FILE, README_FILE, SETTINGS_FILE, SWAGGER_FILE, TYPES_FILE };

export interface PackageOptions {
  /** The output folder as paconn will see it from the folder it runs in (e.g. `generated`). */
  settingsFolder: string;
  environment?: string;
  connectorId?: string;
  /** Run the certification profile's checks too. */
  certification?: boolean;
  /** The output folder's current types.ts, reused when it was generated from the same swagger. */
  previousTypes?: string;
}

export type { FileReport };

export interface PackageResult {
  /** Findings per emitted file; any error means `files` is empty. */
  reports: FileReport[];
  files: Map<string, Buffer>;
  /** Steps left out, each with why (the type generator's libraries are development dependencies). */
  notes: string[];
}

export async function buildPackage(connector: AssembledConnector, options: PackageOptions): Promise<PackageResult> {
  // x-connector-validate-disable silences rules while validating; the platform never sees it.
  const suppressions = inlineSuppressions(connector.document);
  const swaggerText = toStableJson(orderSwagger(stripInlineSuppressions(connector.document)));
  const apiPropertiesText = toStableJson(connector.apiProperties);
  const settingsText = toStableJson(
    paconnSettings({
      folder: options.settingsFolder,
      ...(options.environment ? { environment: options.environment } : {}),
      ...(options.connectorId ? { connectorId: options.connectorId } : {}),
    }),
  );

  // Findings name the files as paconn will open them, from the folder it runs in.
  const prefix = options.settingsFolder === '' ? '' : `${options.settingsFolder}/`;
  const reports = await checkConnectorFiles(
    {
      swagger: { file: prefix + SWAGGER_FILE, text: swaggerText },
      apiProperties: { file: prefix + API_PROPERTIES_FILE, text: apiPropertiesText },
      settings: { file: prefix + SETTINGS_FILE, text: settingsText },
      emitted: [SWAGGER_FILE, API_PROPERTIES_FILE, SETTINGS_FILE, ICON_FILE, README_FILE, TYPES_FILE].map((f) => prefix + f),
    },
    { profile: options.certification ? 'certification' : 'custom', document: connector.document, sources: connector.sources, suppressions },
  );
  // What assembling found (two operations on one path and method, ...) comes first.
  reports.find((r) => r.file === prefix + SWAGGER_FILE)?.diagnostics.unshift(...connector.diagnostics);
  if (reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) {
    return { reports, files: new Map(), notes: [] };
  }

  const files = new Map<string, Buffer>([
    [SWAGGER_FILE, Buffer.from(swaggerText)],
    [API_PROPERTIES_FILE, Buffer.from(apiPropertiesText)],
    [SETTINGS_FILE, Buffer.from(settingsText)],
    [ICON_FILE, renderIcon(connector.apiProperties.properties.iconBrandColor)],
    [README_FILE, Buffer.from(renderReadme(connector))],
  ]);
  const missing = missingTypeGenerator();
  const notes: string[] = [];
  if (missing) {
    notes.push(`${TYPES_FILE} not written: the type generator needs '${missing}' (npm install --save-dev openapi-typescript swagger2openapi typescript)`);
  } else {
    files.set(TYPES_FILE, Buffer.from(await typesFile(swaggerText, options.previousTypes)));
  }
  // The same swagger and apiProperties as an Azure resource, for Logic Apps.
  const logicApps = logicAppsFiles(
    {
      swagger: JSON.parse(swaggerText) as Parameters<typeof logicAppsFiles>[0]['swagger'],
      apiProperties: connector.apiProperties,
      throttlingPolicies: connector.throttlingPolicies,
      files: { swagger: SWAGGER_FILE, apiProperties: API_PROPERTIES_FILE, settings: SETTINGS_FILE, icon: ICON_FILE },
    },
    options.settingsFolder,
  );
  for (const [name, content] of logicApps) files.set(name, content);
  return { reports, files, notes };
}

/**
 * Writes every file into a staging folder beside `outDir`, then moves each into place. Files of
 * `outDir` the build does not produce are left alone.
 */
export async function writePackage(outDir: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const [name, content] of files) {
      await mkdir(path.dirname(path.join(staging, name)), { recursive: true });
      await writeFile(path.join(staging, name), content);
    }
    await mkdir(outDir, { recursive: true });
    for (const name of files.keys()) {
      await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
      await rename(path.join(staging, name), path.join(outDir, name));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
