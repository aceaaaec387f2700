/**
 * The Power Platform `x-ms-*` extensions, typed by where they may stand.
 * @see https://learn.microsoft.com/connectors/custom-connectors/openapi-extensions
 *
 * Each type here is used only at the places Microsoft's connector schema allows it, so writing an
 * extension in the wrong place (an `x-ms-trigger` on a parameter, `x-ms-url-encoding` on a query
 * parameter) or with the wrong shape fails to compile.
 */

/** How prominently the designer shows an operation, parameter or property. */
export type Visibility = 'important' | 'advanced' | 'internal';

/** A value passed to a dynamic-values or dynamic-schema call: a literal, or another parameter of the caller. */
export type DynamicValuesArgument = string | number | boolean | { parameter: string };

/**
 * `x-ms-dynamic-values`: fill a picker from another operation's output.
 * @see https://learn.microsoft.com/connectors/custom-connectors/openapi-extensions#use-dynamic-values
 */
export interface DynamicValues {
  operationId: string;
  parameters?: Record<string, DynamicValuesArgument>;
  /** Path to the array of items in the operation's response; the response itself when absent. */
  'value-collection'?: string;
  /** Path inside each item to the value the parameter takes. */
  'value-path': string;
  /** Path inside each item to the text the picker shows. */
  'value-title': string;
}

/** A value passed by the newer dynamic extensions: exactly one of a literal or a reference. */
export type DynamicListArgument =
  | { value: string | number | boolean; parameterReference?: never }
  | { parameterReference: string; value?: never };

/** `x-ms-dynamic-list`: the newer form of `x-ms-dynamic-values`, required beside it by the validator. */
export interface DynamicList {
  operationId: string;
  parameters?: Record<string, DynamicListArgument>;
  itemsPath?: string;
  itemValuePath: string;
  itemTitlePath: string;
}

/** `x-ms-dynamic-schema`: the schema of a body or response comes from another operation. */
export interface DynamicSchema {
  operationId: string;
  parameters?: Record<string, DynamicValuesArgument>;
  'value-path'?: string;
}

/** `x-ms-dynamic-properties`: the newer form of `x-ms-dynamic-schema`. */
export interface DynamicProperties {
  operationId: string;
  parameters?: Record<string, DynamicListArgument>;
  itemValuePath?: string;
}

/** `x-ms-api-annotation` on an operation: ties versions of one action together. */
export interface OperationAnnotation {
  family?: string;
  /** 1-based, unique within the family. */
  revision?: number;
  status?: 'Preview' | 'Production';
  replacement?: { api?: string; operationId: string };
}

/** `x-ms-api-annotation` on `info`. */
export interface ConnectorAnnotation {
  status: 'Preview' | 'Production';
}

/** `x-ms-connector-metadata`: the three entries certification asks for. */
export type ConnectorMetadata = readonly ConnectorMetadataEntry[];
export interface ConnectorMetadataEntry {
  propertyName: 'Website' | 'Privacy policy' | 'Categories';
  propertyValue: string;
}

export type ConnectorCategory =
  | 'AI'
  | 'Business Management'
  | 'Business Intelligence'
  | 'Collaboration'
  | 'Commerce'
  | 'Communication'
  | 'Content and Files'
  | 'Finance'
  | 'Data'
  | 'Human Resources'
  | 'Internet of Things'
  | 'IT Operations'
  | 'Lifestyle and Entertainment'
  | 'Marketing'
  | 'Productivity'
  | 'Sales and CRM'
  | 'Security'
  | 'Social Media'
  | 'Website';

/** `x-ms-enum-values`: display names for the members of an `enum`. */
export type EnumValues = readonly { value: string | number | boolean; displayName: string }[];

/** `x-ms-capabilities` on the document. */
export interface DocumentCapabilities {
  testConnection?: { operationId: string; parameters?: Record<string, string | number | boolean> };
}

/** `x-ms-capabilities` on an operation. */
export interface OperationCapabilities {
  chunkTransfer?: boolean;
}

/** `x-ms-trigger-metadata` for polling triggers. */
export interface TriggerMetadata {
  kind: 'query';
  mode: 'polling';
}

/** `x-ms-pageable`. */
export interface Pageable {
  nextLinkName: 'nextLink' | '@odata.nextLink';
}
