/** The authoring kit: everything a file under connector/ imports. */
export { defineAction, defineDefinition, defineWebhookTrigger, ref } from './define.js';
export type { ActionInput, DefinitionUnit, OperationUnit, PathTemplate, WebhookTriggerInput } from './define.js';
export { dynamicShape, picker } from './dynamic.js';
export type { DynamicArgument, DynamicShapeOptions, PickerOptions } from './dynamic.js';
export { assembleConnector, sourceFor } from './assemble.js';
export type { AssembledConnector, ConnectorInput, ThrottlingPolicy } from './assemble.js';
export type * from './swagger.js';
export type * from './extensions.js';
export type * from './api-properties.js';
