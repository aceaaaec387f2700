/**
 * From command-line paths to connectors: a folder is one connector (its swagger, apiProperties and
 * settings, recognised by name and then by content); single files given together are grouped by
 * folder, so `validate x/apiDefinition.swagger.json x/apiProperties.json` still checks that the
 * policies name operations that exist.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { isLoadedDocument, loadDocumentFromFile, type LoadedDocument } from '../core/load-document.js';
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

/** One thing learned from the paths, in order: a connector to validate, or something to report. */
export type CollectEvent =
  | { connector: ConnectorFiles }
  | { failure: CollectResult['failures'][number] }
  | { problem: string }
  | { note: string };

/** Everything at once: the connectors (all loaded) and what to report. */
export function collect(paths: readonly string[], options: { profile?: 'custom' | 'certification' } = {}): CollectResult {
  const result: CollectResult = { connectors: [], failures: [], problems: [], notes: [] };
  for (const event of collectEach(paths, options)) {
    if ('connector' in event) result.connectors.push(event.connector);
    else if ('failure' in event) result.failures.push(event.failure);
    else if ('problem' in event) result.problems.push(event.problem);
    else result.notes.push(event.note);
  }
  return result;
}

/**
 * The connectors of `paths` one at a time: each folder's files are read when the caller asks for
 * the next connector, so a caller that validates and reports each before asking for the next holds
 * one connector's documents at a time, not every one. Single files given together are grouped by
 * folder and come last (a group is complete only when every path has been seen).
 */
export function* collectEach(paths: readonly string[], options: { profile?: 'custom' | 'certification' } = {}): Generator<CollectEvent> {
  const loose: ConnectorFiles[] = [];
  const looseByFolder = new Map<string, ConnectorFiles[]>();

  const addLoose = (kind: FileKind, document: LoadedDocument) => {
    const folder = path.dirname(path.resolve(document.file));
    const groups = looseByFolder.get(folder) ?? [];
    let group = groups.find((g) => !g[kind]);
    if (!group) {
      group = {};
      groups.push(group);
      loose.push(group);
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
        yield { failure: { file: input, diagnostic: loaded } };
        continue;
      }
      const kind = classify(input, loaded.value);
      if (!kind) {
        yield { failure: { file: input, diagnostic: unknownKind(input) } };
        continue;
      }
      addLoose(kind, loaded);
      continue;
    }
    const project = projectConnector(input, options.profile);
    if (project?.kind === 'folder') {
      yield { note: `${input} is a project folder; validating its build output ${project.folder}` };
      yield* folderConnector(project.folder);
      continue;
    }
    if (project?.kind === 'settings') {
      yield { note: `${input} is a project folder; validating the files ${project.settings} names` };
      const group: ConnectorFiles = {};
      for (const [kind, file] of [['swagger', project.apiDefinition], ['apiProperties', project.apiProperties], ['settings', project.settings]] as const) {
        if (file === undefined) continue;
        const loaded = loadDocumentFromFile(file);
        if (isLoadedDocument(loaded)) group[kind] = loaded;
        else yield { failure: { file, diagnostic: loaded } };
      }
      yield { connector: group };
      continue;
    }
    let found = false;
    for (const event of folderConnector(input)) {
      found = true;
      yield event;
    }
    if (!found) yield { problem: `${input} contains no swagger, apiProperties or settings file` };
  }
  for (const group of loose) yield { connector: group };
}

/** A folder's connector (its main files), then any further swagger, apiProperties or settings files in it, each alone. */
function* folderConnector(folder: string): Generator<CollectEvent> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => CANDIDATE.test(name)).sort(byWellKnownNameFirst);
  } catch (error) {
    yield { problem: `cannot list ${folder}: ${error instanceof Error ? error.message : String(error)}` };
    return;
  }
  const main: ConnectorFiles = {};
  const extra: ConnectorFiles[] = [];
  const failures: CollectEvent[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const loaded = loadDocumentFromFile(file);
    if (!isLoadedDocument(loaded)) {
      // Only files named like connector files are worth a finding; stray JSON is ignored.
      if (NAMES[name.toLowerCase()] || /swagger|openapi|apiproperties|settings/i.test(name)) {
        failures.push({ failure: { file, diagnostic: loaded } });
      }
      continue;
    }
    const kind = classify(file, loaded.value);
    if (!kind) continue;
    if (!main[kind]) main[kind] = loaded;
    else extra.push({ [kind]: loaded });
  }
  yield* failures;
  if (Object.keys(main).length > 0) yield { connector: main };
  for (const connector of extra) yield { connector };
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
