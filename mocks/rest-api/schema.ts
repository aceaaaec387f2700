/**
 * The served API's description (`code-model/served-api.json`, derived from Microsoft's code
 * model by `code-model/extract.ts`) and the facts the fake takes from it.
 */
import { readFileSync } from 'node:fs';
import type { JsonSchema, ServedApiDescription } from './code-model/derive.js';

export const servedApi: ServedApiDescription = JSON.parse(
  readFileSync(new URL('./code-model/served-api.json', import.meta.url), 'utf8'),
) as ServedApiDescription;

function definition(name: string): JsonSchema {
  const schema = servedApi.definitions[name];
  if (!schema) throw new Error(`served-api.json has no definition '${name}'`);
  return schema;
}

/** The string values of an enum property of a model, following one `$ref`. */
export function enumValues(model: string, property: string): ReadonlySet<string> {
  const properties = definition(model)['properties'] as Record<string, JsonSchema> | undefined;
  let schema = properties?.[property];
  const ref = schema?.['$ref'];
  if (typeof ref === 'string') schema = definition(ref.replace('#/definitions/', ''));
  const values = schema?.['enum'];
  if (!Array.isArray(values)) throw new Error(`served-api.json: ${model}.${property} is not an enum`);
  return new Set(values.map(String));
}

/** `IAttributeMetadata.semanticType` values; sample data also uses some the service does not list. */
export const attributeSemanticTypes = enumValues('IAttributeMetadata', 'semanticType');

/** Workflow operation types (`GraphJobInfo.operationType`). */
export const operationTypes = enumValues('GraphJobInfo', 'operationType');
