/** Test helpers for the mock backend. */
export { startMockBackend } from './server.js';
export type { MockBackendOptions, MockBackendServer, ReceivedCallback } from './server.js';
export { ContractValidator, contractValidator, loadSwagger, stripExtensions, swaggerUrl } from './contract.js';
export type { ContractViolation, DynamicSchemaResolver, OperationMatch, ResponseUnderTest } from './contract.js';
