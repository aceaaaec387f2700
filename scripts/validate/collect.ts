/**
 * From command-line paths to connectors: a folder is one connector (its swagger, apiProperties and
 * settings, recognised by name and then by content); single files given together are grouped by
 * folder, so `validate x/apiDefinition.swagger.json x/apiProperties.json` still checks that the
 * policies name operations that exist.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../shared/diagnostic.js';
import { isLoadedDocument, loadDocumentFromFile, type LoadedDocument } from '../shared/load-document.js';
import { asObject } from './context.js';
import type { ConnectorFiles } from './engine.js';
import { projectConnector } from './project-folder.js';
import type { FileKind } from './types.js';

export interface CollectResult {
  connectors: ConnectorFiles[];
  /** Files that could not be read or recognised: reported as findings, and the run exits 2. */
  failures: { file: string; diagnostic: Diagnostic }[];
  /** Paths that are neither files nor folders with connector files (usage errors). */
  problems: string[];
  /** How a path was understood when that is not obvious (a project folder resolved to its connector). */
  notes: string[];
}

const NAMES: Record<string, FileKind> = {
  'apidefinition.swagger.json': 'swagger',
  'apidefinition.swagger.yaml': 'swagger',
  'apidefinition.swagger.yml': 'swagger',
  'apiproperties.json': 'apiProperties',
  'apiproperties.yaml': 'apiProperties',
  'apiproperties.yml': 'apiProperties',
  'settings.json': 'settings',
};

const SETTINGS_KEYS = ['connectorId', 'environment', 'apiProperties', 'apiDefinition', 'icon', 'script', 'powerAppsUrl', 'powerAppsApiVersion', 'flowUrl', 'flowApiVersion'];

/** Which connector file this is: by its name first, then by what it contains. */
export function classify(file: string, value: unknown): FileKind | undefined {
  const byName = NAMES[path.basename(file).toLowerCase()];
  if (byName) return byName;
  const object = asObject(value);
  if (!object) return undefined;
  if ('swagger' in object || 'openapi' in object || ('paths' in object && 'info' in object)) return 'swagger';
  if (asObject(object.properties) && Object.keys(object).every((k) => k === 'properties' || k === '$schema')) return 'apiProperties';
  if (Object.keys(object).length > 0 && Object.keys(object).some((k) => SETTINGS_KEYS.includes(k))) return 'settings';
  if (/swagger|openapi/i.test(path.basename(file))) return 'swagger';
  return undefined;
}

const CANDIDATE = /\.(json|ya?ml)$/i;

export function collect(paths: readonly string[], options: { profile?: 'custom' | 'certification' } = {}): CollectResult {
  const result: CollectResult = { connectors: [], failures: [], problems: [], notes: [] };
  const looseByFolder = new Map<string, ConnectorFiles[]>();

  const addLoose = (kind: FileKind, document: LoadedDocument) => {
    const folder = path.dirname(path.resolve(document.file));
    const groups = looseByFolder.get(folder) ?? [];
    let group = groups.find((g) => !g[kind]);
    if (!group) {
      group = {};
      groups.push(group);
      result.connectors.push(group);
    }
    group[kind] = document;
    looseByFolder.set(folder, groups);
  };

  for (const input of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      // Reported below by the loader, with the reason.
    }
    if (!isFolder) {
      const loaded = loadDocumentFromFile(input);
      if (!isLoadedDocument(loaded)) {
        result.failures.push({ file: input, diagnostic: loaded });
        continue;
      }
      const kind = classify(input, loaded.value);
      if (!kind) {
        result.failures.push({ file: input, diagnostic: unknownKind(input) });
        continue;
      }
      addLoose(kind, loaded);
      continue;
    }
    const project = projectConnector(input, options.profile);
    if (project?.kind === 'folder') {
      result.notes.push(`${input} is a project folder; validating its build output ${project.folder}`);
      folderConnector(project.folder, result);
      continue;
    }
    if (project?.kind === 'settings') {
      result.notes.push(`${input} is a project folder; validating the files ${project.settings} names`);
      const group: ConnectorFiles = {};
      for (const [kind, file] of [['swagger', project.apiDefinition], ['apiProperties', project.apiProperties], ['settings', project.settings]] as const) {
        if (file === undefined) continue;
        const loaded = loadDocumentFromFile(file);
        if (isLoadedDocument(loaded)) group[kind] = loaded;
        else result.failures.push({ file, diagnostic: loaded });
      }
      result.connectors.push(group);
      continue;
    }
    const found = folderConnector(input, result);
    if (!found) result.problems.push(`${input} contains no swagger, apiProperties or settings file`);
  }
  return result;
}

function folderConnector(folder: string, result: CollectResult): boolean {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => CANDIDATE.test(name)).sort(byWellKnownNameFirst);
  } catch (error) {
    result.problems.push(`cannot list ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    return true;
  }
  const main: ConnectorFiles = {};
  let any = false;
  for (const name of names) {
    const file = path.join(folder, name);
    const loaded = loadDocumentFromFile(file);
    if (!isLoadedDocument(loaded)) {
      // Only files named like connector files are worth a finding; stray JSON is ignored.
      if (NAMES[name.toLowerCase()] || /swagger|openapi|apiproperties|settings/i.test(name)) {
        result.failures.push({ file, diagnostic: loaded });
        any = true;
      }
      continue;
    }
    const kind = classify(file, loaded.value);
    if (!kind) continue;
    any = true;
    if (!main[kind]) main[kind] = loaded;
    else result.connectors.push({ [kind]: loaded });
  }
  if (Object.keys(main).length > 0) result.connectors.unshift(main);
  return any;
}

function byWellKnownNameFirst(a: string, b: string): number {
  const known = (n: string) => (NAMES[n.toLowerCase()] ? 0 : 1);
  return known(a) - known(b) || a.localeCompare(b);
}

function unknownKind(file: string): Diagnostic {
  return {
    code: 'unknown-file-kind',
    severity: 'error',
    message: `${file} is not recognisably a swagger (no 'swagger' key), an apiProperties file (a 'properties' object) or a paconn settings file; name it apiDefinition.swagger.json, apiProperties.json or settings.json.`,
    pointer: '',
  };
}
