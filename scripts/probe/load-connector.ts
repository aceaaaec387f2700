/**
 * What the probe exercises: a connector's swagger, apiProperties and throttling limits, from a
 * folder or files `validate` accepts, or from a kit module (`--definition`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PacingPolicy } from '../core/pacing/pacer.js';
import { collect } from '../validate/collect.js';
import { throttlingFromReadme } from './throttling-from-readme.js';

type Json = Record<string, unknown>;

export interface ProbeConnector {
  /** Where it was read from, for the report. */
  label: string;
  swagger: Json;
  apiProperties?: Json;
  /** Empty when the connector documents none (the probe then paces to its default). */
  throttlingPolicies: readonly PacingPolicy[];
}

/** The connector cannot be read: the command reports it as a usage problem (exit 2). */
export class ConnectorInputError extends Error {
  override name = 'ConnectorInputError';
}

const MODULE = /\.(m?[jt]s|cts|cjs)$/i;

export async function loadConnector(input: string): Promise<ProbeConnector> {
  if (!existsSync(input)) throw new ConnectorInputError(`no such file or folder: ${input}`);
  if (!statSync(input).isDirectory() && MODULE.test(input)) return loadKitModule(input);
  return loadFiles(input);
}

function loadFiles(input: string): ProbeConnector {
  const { connectors, failures, problems } = collect([input]);
  if (problems.length > 0) throw new ConnectorInputError(problems.join('; '));
  const first = failures[0];
  if (first) throw new ConnectorInputError(`${first.file}: ${first.diagnostic.message}`);
  const connector = connectors.find((c) => c.swagger);
  if (!connector?.swagger) throw new ConnectorInputError(`${input} has no swagger (apiDefinition.swagger.json)`);
  const swagger = connector.swagger.value;
  if (!isObject(swagger) || !isObject(swagger.paths)) throw new ConnectorInputError(`${connector.swagger.file} is not a Swagger 2.0 document with paths`);
  const apiProperties = connector.apiProperties?.value;
  const folder = path.dirname(path.resolve(connector.swagger.file));
  return {
    label: path.relative(process.cwd(), connector.swagger.file) || connector.swagger.file,
    swagger,
    ...(isObject(apiProperties) ? { apiProperties } : {}),
    throttlingPolicies: readmePolicies(folder),
  };
}

function readmePolicies(folder: string): PacingPolicy[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const readme = names.find((n) => n.toLowerCase() === 'readme.md');
  if (!readme) return [];
  try {
    return throttlingFromReadme(readFileSync(path.join(folder, readme), 'utf8'));
  } catch {
    return [];
  }
}

/** A kit module in TypeScript runs through tsx, loaded for it alone; JavaScript is imported as is. */
const TYPESCRIPT = /\.[cm]?tsx?$/i;

async function loadKitModule(file: string): Promise<ProbeConnector> {
  const resolved = path.resolve(file);
  const url = pathToFileURL(resolved).href;
  let module: { default?: unknown };
  if (TYPESCRIPT.test(resolved)) {
    const { tsImport } = await import('tsx/esm/api');
    module = (await tsImport(url, import.meta.url)) as { default?: unknown };
  } else {
    module = (await import(url)) as { default?: unknown };
  }
  if (typeof module.default !== 'function') throw new ConnectorInputError(`${file} has no default export that builds a connector`);
  return fromAssembled((module.default as (options: object) => unknown)({}), path.relative(process.cwd(), resolved) || resolved);
}

/** A connector assembled with the kit (what a kit module's default export returns). */
export function fromAssembled(built: unknown, label: string): ProbeConnector {
  if (!isObject(built) || !isObject(built.document) || !isObject(built.document.paths)) {
    throw new ConnectorInputError(`${label}: its default export did not return an assembled connector (with a document)`);
  }
  // The emitted files are plain JSON: a round trip drops what the kit keeps beside the values.
  const swagger = JSON.parse(JSON.stringify(built.document)) as Json;
  const policies = Array.isArray(built.throttlingPolicies) ? (built.throttlingPolicies as PacingPolicy[]) : [];
  return {
    label,
    swagger,
    ...(isObject(built.apiProperties) ? { apiProperties: JSON.parse(JSON.stringify(built.apiProperties)) as Json } : {}),
    throttlingPolicies: policies,
  };
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
