/**
 * The Swagger 2.0 schema validators, compiled on first use. The compiled command line replaces this
 * module with precompiled ajv standalone code of the same validators (scripts/bundle/compile.mjs), so
 * a process never pays for compiling the schema.
 */
import { compileSwaggerValidators, type SwaggerValidators } from './swagger-schema-ajv.js';

let validators: SwaggerValidators | undefined;

export function swaggerValidators(): SwaggerValidators {
  validators ??= compileSwaggerValidators();
  return validators;
}
