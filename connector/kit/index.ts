/**
 * The authoring kit: everything a connector definition imports. Published as the package's
 * `./kit` export, so connectors outside this repository are written with the same types.
 */
export { defineAction, defineDefinition, defineWebhookTrigger, ref } from './define.js';
export type { ActionInput, DefinitionUnit, OperationUnit, PathTemplate, WebhookTriggerInput } from './define.js';
export { dynamicShape, picker } from './dynamic.js';
export type { DynamicArgument, DynamicShapeOptions, PickerOptions } from './dynamic.js';
export { assembleConnector, assembleConnector as assemble, sourceFor } from './assemble.js';
export type { AssembledConnector, ConnectorDocumentation, ConnectorInput, ThrottlingPolicy } from './assemble.js';
export type * from './swagger.js';
export type * from './extensions.js';
export type * from './api-properties.js';
export type { FaqEntry, MarkdownBlock } from './documentation.js';
export { assemblePlatform, defineOperation, defineSchema } from './platform.js';
export type {
  Extensions,
  JsonObject,
  JsonValue,
  PlatformApiProperties,
  PlatformConnectorInput,
  PlatformDocument,
  PlatformHeader,
  PlatformOperation,
  PlatformOperationUnit,
  PlatformParameter,
  PlatformPathItem,
  PlatformResponse,
  PlatformSchema,
  SchemaUnit,
} from './platform.js';
