/**
 * The contract harness (scripts/testing/contract.ts) over this connector's emitted swagger
 * (generated/apiDefinition.swagger.json): every mock response is checked against it.
 */
import { readFileSync } from 'node:fs';
import { ContractValidator } from '../../scripts/testing/contract.js';

export { ContractValidator, stripExtensions } from '../../scripts/testing/contract.js';
export type { ContractViolation, DynamicSchemaResolver, OperationMatch, ResponseUnderTest } from '../../scripts/testing/contract.js';

export const swaggerUrl = new URL('../../generated/apiDefinition.swagger.json', import.meta.url);

export function loadSwagger(url: URL = swaggerUrl): Record<string, unknown> {
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

let shared: ContractValidator | undefined;

/** One validator per process: the swagger is read and its schemas compiled once. */
export function contractValidator(): ContractValidator {
  shared ??= new ContractValidator(loadSwagger());
  return shared;
}
