/**
 * The package's ./testing export, for people who test their own connectors: the contract harness
 * (responses and trigger payloads checked against a connector's swagger) and the small-connector
 * builders. It ships as one bundle with its libraries (ajv) inside, so it needs nothing beyond the
 * package's dependencies.
 */
export { ContractValidator, stripExtensions } from './contract.js';
export type { ContractViolation, DynamicSchemaResolver, OperationMatch, ResponseUnderTest } from './contract.js';
export { apiProperties, op, pathParam, smallConnector, swagger } from './connector.js';
export type { Json } from './connector.js';
