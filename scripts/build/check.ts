/**
 * The checks the build runs before it writes anything: the validator's whole rule set on the
 * emitted texts (so line and column are those of the files that will be written), then
 * swagger-parser's semantic checks on a copy of the document as a last safety net.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { Diagnostic, SourceLocation } from '../core/diagnostic.js';
import { loadDocument, type LoadedDocument } from '../core/load-document.js';
import { validateConnector, type FileReport } from '../validate/index.js';
import type { Suppressions } from '../validate/config-inline.js';

export interface FileText {
  /** The path paconn will see (relative to the folder it runs in), e.g. `generated/apiDefinition.swagger.json`. */
  file: string;
  text: string;
}

export interface CheckOptions {
  profile: 'custom' | 'certification';
  /** The swagger as an object, for swagger-parser. */
  document: object;
  /** Swagger pointer → where the object was written, so findings name the TypeScript line. */
  sources: ReadonlyMap<string, SourceLocation>;
  /** Findings x-connector-validate-disable silences (the emitted swagger no longer carries the key). */
  suppressions?: Suppressions;
}

export async function checkConnectorFiles(
  files: { swagger: FileText; apiProperties: FileText; settings: FileText; emitted: readonly string[] },
  options: CheckOptions,
): Promise<FileReport[]> {
  const load = (f: FileText): LoadedDocument => {
    const loaded = loadDocument(f.file, f.text);
    // The build serialized these texts itself; failing to read them back is a bug, not bad input.
    if (!('locate' in loaded)) throw new Error(`Cannot read back ${f.file}: ${loaded.message}`);
    return loaded;
  };
  // settings.json names files the build is about to write: they count as existing.
  const emitted = new Set(files.emitted.map((f) => path.resolve(f)));
  const reports = await validateConnector(
    { swagger: load(files.swagger), apiProperties: load(files.apiProperties), settings: load(files.settings) },
    {
      profile: options.profile,
      sources: options.sources,
      ...(options.suppressions ? { suppressions: options.suppressions } : {}),
      fileExists: (f) => emitted.has(path.resolve(f)) || existsSync(f),
    },
  );
  const swaggerReport = reports.find((r) => r.file === files.swagger.file);
  if (swaggerReport && !reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) {
    swaggerReport.diagnostics.push(...(await checkSwagger(options.document)));
  }
  return reports;
}

export async function checkSwagger(document: object): Promise<Diagnostic[]> {
  try {
    // swagger-parser inlines $refs into the object it is given: validate a copy, emit the original.
    // Its JSON Schema pass is the swagger-schema rule's (the same schema, already compiled); its
    // semantic checks are what this safety net adds. It never resolves a $ref outside the
    // document: the validator does not either, and a `$ref` to /dev/zero or /etc/hostname in an
    // example or extension value (where the validator treats `$ref` as data) must not be read.
    await SwaggerParser.validate(structuredClone(document) as never, { resolve: { external: false }, validate: { schema: false, spec: true } });
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ code: 'swagger-parser', severity: 'error', message, pointer: '' }];
  }
}
