/**
 * From a command-line path to one connector version: a folder holding apiDefinition.swagger.json
 * (or .yaml/.yml) and, optionally, apiProperties.json (names matched case-insensitively), or a
 * single swagger file. Problems come back as messages for the exit-2 path, never as exceptions.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isLoadedDocument, loadDocumentFromFile, type LoadedDocument } from '../core/load-document.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { isObject } from './json.js';

export interface LoadedConnector {
  swagger: LoadedDocument;
  apiProperties?: LoadedDocument;
}

export type LoadResult = { connector: LoadedConnector } | { error: string };

const SWAGGER_NAMES = ['apidefinition.swagger.json', 'apidefinition.swagger.yaml', 'apidefinition.swagger.yml'];
const PROPERTIES_NAMES = ['apiproperties.json', 'apiproperties.yaml', 'apiproperties.yml'];

export async function loadConnector(input: string): Promise<LoadResult> {
  let isFolder: boolean;
  try {
    isFolder = statSync(input).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `cannot read ${input}: ${code === 'ENOENT' ? 'no such file or folder' : String(error)}` };
  }
  if (!isFolder) {
    const swagger = await loadSwagger(input);
    return 'error' in swagger ? swagger : { connector: { swagger: swagger.document } };
  }

  let entries: string[];
  try {
    entries = readdirSync(input);
  } catch (error) {
    return { error: `cannot list ${input}: ${String(error)}` };
  }
  const find = (names: readonly string[]) => {
    for (const name of names) {
      const entry = entries.find((e) => e.toLowerCase() === name);
      if (entry) return path.join(input, entry);
    }
    return undefined;
  };
  const swaggerFile = find(SWAGGER_NAMES);
  if (!swaggerFile) return { error: `${input} has no apiDefinition.swagger.json (or .yaml/.yml)` };
  const swagger = await loadSwagger(swaggerFile);
  if ('error' in swagger) return swagger;

  const propertiesFile = find(PROPERTIES_NAMES);
  if (!propertiesFile) return { connector: { swagger: swagger.document } };
  // Awaited so the loader may become asynchronous without this code changing.
  const apiProperties = await loadDocumentFromFile(propertiesFile);
  if (!isLoadedDocument(apiProperties)) return { error: loadFailure(propertiesFile, apiProperties) };
  if (!isObject(apiProperties.value)) return { error: `${propertiesFile} is not a JSON object` };
  return { connector: { swagger: swagger.document, apiProperties } };
}

async function loadSwagger(file: string): Promise<{ document: LoadedDocument } | { error: string }> {
  const document = await loadDocumentFromFile(file);
  if (!isLoadedDocument(document)) return { error: loadFailure(file, document) };
  const value = document.value;
  if (isObject(value) && typeof value['openapi'] === 'string') {
    return { error: `${file} is OpenAPI ${value['openapi']}; connectors are Swagger 2.0` };
  }
  if (!isObject(value) || (value['swagger'] !== '2.0' && !isObject(value['paths']))) {
    return { error: `${file} is not a Swagger 2.0 connector definition (no "swagger": "2.0" and no "paths")` };
  }
  return { document };
}

/** The loader's message, prefixed with the file (and position) unless it already names the file. */
function loadFailure(file: string, diagnostic: Diagnostic): string {
  if (diagnostic.message.includes(file)) return diagnostic.message;
  const position = diagnostic.line === undefined ? '' : `:${diagnostic.line}:${diagnostic.column ?? 1}`;
  return `${file}${position}: ${diagnostic.message}`;
}
