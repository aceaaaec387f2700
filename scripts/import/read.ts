/**
 * The files of an existing connector: a folder (its settings.json, when present, names the
 * swagger, apiProperties, icon and script; otherwise the usual file names are looked for, in any
 * case) or a single swagger file. JSON or YAML, read with the validator's loader, so a parse error
 * names its line and column.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import path from 'node:path';
import { isLoadedDocument, loadDocumentFromFile } from '../core/load-document.js';
import type { Json } from './fit.js';

export interface ConnectorFiles {
  /** What was read leniently, to say on stderr. */
  notes: string[];
  swagger: { file: string; value: Json };
  apiProperties?: { file: string; value: Json };
  script?: string;
  icon?: string;
}

export class ImportInputError extends Error {}

const SWAGGER_NAMES = ['apidefinition.swagger.json', 'apidefinition.swagger.yaml', 'apidefinition.swagger.yml', 'swagger.json', 'swagger.yaml', 'swagger.yml'];

/**
 * A file's value. A `.json` file that is not strict JSON (trailing commas, tabs inside strings:
 * a few published connectors have them) is read as YAML, which allows both, and a note says so.
 */
function load(file: string, notes: string[]): Json {
  const loaded = loadDocumentFromFile(file);
  if (isLoadedDocument(loaded)) return loaded.value as Json;
  const where = loaded.line ? `:${loaded.line}:${loaded.column ?? 1}` : '';
  if (loaded.code === 'parse-error' && /\.json$/i.test(file)) {
    try {
      const value = loadYaml(readFileSync(file, 'utf8'), { json: true }) as Json;
      if (value !== undefined) {
        notes.push(`${file}${where}: not strict JSON (${loaded.message}); read as YAML, and the build writes strict JSON`);
        return value;
      }
    } catch {
      // Not YAML either: the JSON error is the clearer one.
    }
  }
  throw new ImportInputError(`${file}${where}: ${loaded.message}`);
}

/** A file of `dir` by name, ignoring case. */
function findIn(dir: string, names: readonly string[]): string | undefined {
  const entries = readdirSync(dir);
  for (const name of names) {
    const found = entries.find((entry) => entry.toLowerCase() === name);
    if (found) return path.join(dir, found);
  }
  return undefined;
}

/** A path settings.json names, relative to its folder (as the corpus writes them) or to the working folder (as paconn reads them). */
function settingsPath(dir: string, value: Json | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  for (const candidate of [path.resolve(dir, value), path.resolve(value), path.resolve(dir, path.basename(value))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export function readConnector(input: string): ConnectorFiles {
  const resolved = path.resolve(input);
  if (!existsSync(resolved)) throw new ImportInputError(`no such file or folder: ${input}`);
  const notes: string[] = [];
  if (statSync(resolved).isFile()) return { notes, swagger: { file: resolved, value: load(resolved, notes) } };
  const settingsFile = findIn(resolved, ['settings.json']);
  const settings = settingsFile ? load(settingsFile, notes) : undefined;
  const named = (key: string) => (settings && typeof settings === 'object' && !Array.isArray(settings) ? settingsPath(resolved, settings[key]) : undefined);
  const swaggerFile = named('apiDefinition') ?? findIn(resolved, SWAGGER_NAMES) ?? readdirSync(resolved).map((f) => path.join(resolved, f)).find((f) => /\.swagger\.(json|ya?ml)$/i.test(f));
  if (!swaggerFile) throw new ImportInputError(`${input} has no swagger (apiDefinition.swagger.json)`);
  const apiPropertiesFile = named('apiProperties') ?? findIn(resolved, ['apiproperties.json', 'apiproperties.yaml', 'apiproperties.yml']);
  const script = named('script') ?? findIn(resolved, ['script.csx']);
  const icon = named('icon') ?? findIn(resolved, ['icon.png']);
  const swagger = { file: swaggerFile, value: load(swaggerFile, notes) };
  const apiProperties = apiPropertiesFile ? { file: apiPropertiesFile, value: load(apiPropertiesFile, notes) } : undefined;
  return {
    notes,
    swagger,
    ...(apiProperties ? { apiProperties } : {}),
    ...(script ? { script } : {}),
    ...(icon ? { icon } : {}),
  };
}
