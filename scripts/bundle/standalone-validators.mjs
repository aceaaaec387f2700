/**
 * The ajv standalone module that stands in for scripts/validate/swagger-schema-validators.ts in the
 * compiled command line: the same validators, as code generated from the same ajv instance
 * (scripts/validate/swagger-schema-ajv.ts), exporting the same `swaggerValidators()`.
 *
 * `schemaModule` is that TypeScript module, loaded by the caller (the compiler bundles it first;
 * the test imports it directly).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @param {{ swaggerAjv(): object, definitionNames(): string[], SCHEMA_ID: string }} schemaModule */
export function standaloneValidatorsModule(schemaModule) {
  const { swaggerAjv, definitionNames, SCHEMA_ID } = schemaModule;
  const standaloneCode = require('ajv/dist/standalone').default;
  const exports = { document: SCHEMA_ID };
  const names = definitionNames();
  names.forEach((name, i) => (exports[`definition${i}`] = `${SCHEMA_ID}#/definitions/${name}`));
  const code = standaloneCode(swaggerAjv(), exports);
  const table = names.map((name, i) => `  ${JSON.stringify(name)}: definition${i},`).join('\n');
  return `${code}
const definitions = {
${table}
};
const validators = { document, definition: (name) => (Object.hasOwn(definitions, name) ? definitions[name] : undefined) };
export function swaggerValidators() {
  return validators;
}
`;
}
