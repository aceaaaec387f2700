/**
 * The dynamic extensions come in pairs (values + list, schema + properties) that must agree; the
 * validator refuses a pair that points at different operations or paths. These helpers write both
 * halves from one description, taking the target as a unit so a renamed operation cannot dangle.
 */
import type { OperationUnit } from './define.js';
import type { DynamicList, DynamicListArgument, DynamicProperties, DynamicSchema, DynamicValues, DynamicValuesArgument } from './extensions.js';

/** Arguments for the target: `{ from: 'dataset' }` passes the caller's parameter, anything else is a literal. */
export type DynamicArgument = { from: string } | string | number | boolean;

export interface PickerOptions {
  parameters?: Record<string, DynamicArgument>;
  /** Path to the array in the target's response. */
  collection: string;
  /** Path inside an item to the value the parameter takes. */
  value: string;
  /** Path inside an item to the text shown in the picker. */
  title: string;
}

export function picker(
  target: OperationUnit,
  options: PickerOptions,
): { 'x-ms-dynamic-values': DynamicValues; 'x-ms-dynamic-list': DynamicList } {
  const { operationId } = target.operation;
  return {
    'x-ms-dynamic-values': {
      operationId,
      ...(options.parameters ? { parameters: valuesArguments(options.parameters) } : {}),
      'value-collection': options.collection,
      'value-path': options.value,
      'value-title': options.title,
    },
    'x-ms-dynamic-list': {
      operationId,
      ...(options.parameters ? { parameters: listArguments(options.parameters) } : {}),
      itemsPath: options.collection,
      itemValuePath: options.value,
      itemTitlePath: options.title,
    },
  };
}

export interface DynamicShapeOptions {
  parameters: Record<string, DynamicArgument>;
  /** Path to the schema in the target's response. */
  valuePath: string;
}

export function dynamicShape(
  target: OperationUnit,
  options: DynamicShapeOptions,
): { 'x-ms-dynamic-schema': DynamicSchema; 'x-ms-dynamic-properties': DynamicProperties } {
  const { operationId } = target.operation;
  return {
    'x-ms-dynamic-schema': { operationId, parameters: valuesArguments(options.parameters), 'value-path': options.valuePath },
    'x-ms-dynamic-properties': {
      operationId,
      parameters: listArguments(options.parameters),
      // itemValuePath is value-path without a trailing `properties` (DynamicPropertiesItemValuePathMismatch).
      itemValuePath: options.valuePath.replace(/\/properties$/, ''),
    },
  };
}

function valuesArguments(parameters: Record<string, DynamicArgument>): Record<string, DynamicValuesArgument> {
  return Object.fromEntries(
    Object.entries(parameters).map(([name, arg]) => [name, typeof arg === 'object' ? { parameter: arg.from } : arg]),
  );
}

function listArguments(parameters: Record<string, DynamicArgument>): Record<string, DynamicListArgument> {
  return Object.fromEntries(
    Object.entries(parameters).map(([name, arg]) => [
      name,
      typeof arg === 'object' ? { parameterReference: arg.from } : { value: arg },
    ]),
  );
}
