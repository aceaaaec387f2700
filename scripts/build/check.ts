/**
 * The checks the build runs before it writes anything. swagger-parser validates the Swagger 2.0
 * structure and semantics; its errors carry no pointers, so they are reported against the whole
 * file. The validator's full rule set plugs in here.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { Diagnostic } from '../shared/diagnostic.js';
import type { FileReport } from './build.js';

export interface FileText {
  file: string;
  text: string;
}

export interface CheckOptions {
  profile: 'custom' | 'certification';
  /** The swagger as an object, to spare re-parsing the text. */
  document: object;
}

export async function checkConnectorFiles(
  files: { swagger: FileText; apiProperties: FileText; settings: FileText },
  options: CheckOptions,
): Promise<FileReport[]> {
  return [
    { file: files.swagger.file, diagnostics: await checkSwagger(options.document) },
    { file: files.apiProperties.file, diagnostics: [] },
    { file: files.settings.file, diagnostics: [] },
  ];
}

export async function checkSwagger(document: object): Promise<Diagnostic[]> {
  try {
    // swagger-parser inlines $refs into the object it is given: validate a copy, emit the original.
    await SwaggerParser.validate(structuredClone(document) as never);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ code: 'swagger-parser', severity: 'error', message, pointer: '' }];
  }
}
