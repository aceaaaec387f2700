/** The ajv standalone module of the Swagger 2.0 validators, as JavaScript text. */
export function standaloneValidatorsModule(schemaModule: {
  swaggerAjv(): object;
  definitionNames(): string[];
  SCHEMA_ID: string;
}): string;
