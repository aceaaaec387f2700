/**
 * The files of an existing connector: a folder (its settings.json, when present, names the
 * swagger, apiProperties, icon and script; otherwise the usual file names are looked for, in any
 * case) or a single swagger file. JSON or YAML, read with the validator's loader, so a parse error
 * names its line and column; JSON that is not strict is then read as the platform reads it
 * (lenient-json.ts), each deviation a finding.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isLoadedDocument, loadDocumentFromFile } from '../core/load-document.js';
import { importFinding } from './fit.js';
import type { ImportFinding, Json } from './fit.js';
import { readLenientJson } from './lenient-json.js';
import type { Deviation } from './lenient-json.js';

export interface ConnectorFiles {
  /** What was read leniently (`not-strict-json`, one per deviation), in file order. */
  findings: ImportFinding[];
  swagger: { file: string; value: Json };
  apiProperties?: { file: string; value: Json };
  script?: string;
  icon?: string;
}

export class ImportInputError extends Error {}

const SWAGGER_NAMES = ['apidefinition.swagger.json', 'apidefinition.swagger.yaml', 'apidefinition.swagger.yml', 'swagger.json', 'swagger.yaml', 'swagger.yml'];

/** What the build does with each tolerated deviation, said after it. */
const OUTCOME: Readonly<Record<Deviation, string>> = {
  'trailing-comma': 'the project builds strict JSON without it',
  comment: 'the project builds strict JSON, without the comment',
  'control-character': 'the project builds strict JSON, with the character escaped',
};

/** A JSON file by name, or by content when the name says neither JSON nor YAML. */
function isJsonFile(file: string, text: string): boolean {
  if (/\.json$/i.test(file)) return true;
  if (/\.ya?ml$/i.test(file)) return false;
  return /^\uFEFF?\s*[[{]/.test(text);
}

/**
 * A file's value. JSON that is not strict (trailing commas, comments, raw control characters in
 * strings: a few published connectors have them, and the platform reads them) is read leniently,
 * each deviation a finding with its line and column; anything else is an error at its position.
 */
function load(file: string, findings: ImportFinding[]): Json {
  const loaded = loadDocumentFromFile(file);
  if (isLoadedDocument(loaded)) return loaded.value as Json;
  const where = (line: number | undefined, column: number | undefined) => (line ? `:${line}:${column ?? 1}` : '');
  if (loaded.code !== 'parse-error') throw new ImportInputError(`${file}${where(loaded.line, loaded.column)}: ${loaded.message}`);
  const text = readFileSync(file, 'utf8');
  if (!isJsonFile(file, text)) throw new ImportInputError(`${file}${where(loaded.line, loaded.column)}: ${loaded.message}`);
  const lenient = readLenientJson(text);
  if ('error' in lenient) {
    const tolerated = lenient.code === 'parse-error' ? ' Beyond strict JSON, import reads only trailing commas, comments and raw control characters in strings.' : '';
    throw new ImportInputError(`${file}${where(lenient.line, lenient.column)}: ${lenient.error}${tolerated}`);
  }
  for (const d of lenient.deviations) {
    const message = `${d.what[0]!.toUpperCase()}${d.what.slice(1)}: not strict JSON, but the platform's JSON reader accepts it; ${OUTCOME[d.kind]}.`;
    findings.push(importFinding('not-strict-json', file, d.pointer, message, d));
  }
  return lenient.value as Json;
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
  const findings: ImportFinding[] = [];
  if (statSync(resolved).isFile()) return { findings, swagger: { file: resolved, value: load(resolved, findings) } };
  const settingsFile = findIn(resolved, ['settings.json']);
  const settings = settingsFile ? load(settingsFile, findings) : undefined;
  const named = (key: string) => (settings && typeof settings === 'object' && !Array.isArray(settings) ? settingsPath(resolved, settings[key]) : undefined);
  const swaggerFile = named('apiDefinition') ?? findIn(resolved, SWAGGER_NAMES) ?? readdirSync(resolved).map((f) => path.join(resolved, f)).find((f) => /\.swagger\.(json|ya?ml)$/i.test(f));
  if (!swaggerFile) throw new ImportInputError(`${input} has no swagger (apiDefinition.swagger.json)`);
  const apiPropertiesFile = named('apiProperties') ?? findIn(resolved, ['apiproperties.json', 'apiproperties.yaml', 'apiproperties.yml']);
  const script = named('script') ?? findIn(resolved, ['script.csx']);
  const icon = named('icon') ?? findIn(resolved, ['icon.png']);
  const swagger = { file: swaggerFile, value: load(swaggerFile, findings) };
  const apiProperties = apiPropertiesFile ? { file: apiPropertiesFile, value: load(apiPropertiesFile, findings) } : undefined;
  return {
    findings,
    swagger,
    ...(apiProperties ? { apiProperties } : {}),
    ...(script ? { script } : {}),
    ...(icon ? { icon } : {}),
  };
}
