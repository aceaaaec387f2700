/**
 * The `define*()` helpers every file under connector/ uses. Each returns a small unit (an
 * operation with its path and method, or a named definition) and records where it was written.
 */
import type { SourceLocation } from '../../scripts/core/diagnostic.js';
import type { Visibility, OperationAnnotation } from './extensions.js';
import { recordSource, sourceOf } from './source.js';
import type {
  BodyParameter,
  HttpMethod,
  NotificationContent,
  Operation,
  Parameter,
  RefSchema,
  Schema,
  StringSchema,
} from './swagger.js';

/** A path template such as `/datasets/{dataset}/tables`. */
export type PathTemplate = `/${string}`;

/** One operation, with where it is mounted. */
export interface OperationUnit {
  readonly kind: 'action' | 'webhook-trigger';
  readonly path: PathTemplate;
  readonly method: HttpMethod;
  readonly operation: Operation;
  /** Webhook triggers carry their payload schema to the path item. */
  readonly notificationContent?: NotificationContent;
}

/** A named entry of `definitions`. */
export interface DefinitionUnit<Name extends string = string> {
  readonly name: Name;
  readonly schema: Schema;
}

type TriggerKeys = 'x-ms-trigger' | 'x-ms-trigger-metadata' | 'x-ms-trigger-hint';

/** An action (or an internal helper operation): anything that is not a trigger. */
export type ActionInput = Omit<Operation, TriggerKeys> & {
  [K in TriggerKeys]?: never;
} & {
  method: HttpMethod;
  path: PathTemplate;
};

export function defineAction(input: ActionInput): OperationUnit {
  const { method, path, ...operation } = input;
  return recordSource({ kind: 'action', path, method, operation: operation as Operation });
}

/** The callback-URL property a webhook subscription body carries. */
export interface CallbackUrl {
  /** Property name in the subscription body. */
  property: string;
  description: string;
}

export interface WebhookTriggerInput {
  path: PathTemplate;
  operationId: string;
  summary: string;
  description: string;
  'x-ms-visibility'?: Visibility;
  'x-ms-api-annotation'?: OperationAnnotation;
  /** What the trigger filters on; the subscription body is built by the kit. */
  parameters?: readonly Exclude<Parameter, BodyParameter>[];
  /** The payload the backend posts to the callback URL. Required: a trigger without it has no outputs. */
  notification: NotificationContent;
  /** Required: a webhook trigger the platform cannot hand a callback URL to can never fire. */
  callbackUrl: CallbackUrl;
  /** The internal DELETE the `Location` header of a subscription points at. */
  unsubscribe: OperationUnit;
}

/**
 * A webhook trigger: a POST that subscribes and answers 201 with a `Location` header; the platform
 * later calls DELETE on that location to unsubscribe.
 * @see https://learn.microsoft.com/connectors/custom-connectors/create-webhook-trigger
 */
export function defineWebhookTrigger(input: WebhookTriggerInput): OperationUnit {
  const callbackUrl: StringSchema = {
    type: 'string',
    description: input.callbackUrl.description,
    'x-ms-notification-url': true,
    'x-ms-visibility': 'internal',
  };
  const body: BodyParameter = {
    name: 'subscription',
    in: 'body',
    required: true,
    schema: {
      type: 'object',
      required: [input.callbackUrl.property],
      properties: { [input.callbackUrl.property]: callbackUrl },
    },
  };
  const operation: Operation = {
    operationId: input.operationId,
    summary: input.summary,
    description: input.description,
    ...(input['x-ms-visibility'] ? { 'x-ms-visibility': input['x-ms-visibility'] } : {}),
    ...(input['x-ms-api-annotation'] ? { 'x-ms-api-annotation': input['x-ms-api-annotation'] } : {}),
    'x-ms-trigger': 'single',
    parameters: [...(input.parameters ?? []), body],
    responses: {
      '201': {
        description: 'Created',
        headers: {
          Location: {
            type: 'string',
            description: `The address of the subscription; the platform calls ${input.unsubscribe.operation.operationId} (DELETE) on it to unsubscribe.`,
          },
        },
      },
    },
  };
  return recordSource({
    kind: 'webhook-trigger',
    path: input.path,
    method: 'post',
    operation,
    notificationContent: input.notification,
  });
}

export function defineDefinition<const Name extends string>(name: Name, schema: Schema): DefinitionUnit<Name> {
  return recordSource({ name, schema });
}

/** A `$ref` to a definition unit; the unit (not a string) makes a misspelt name a compile error. */
export function ref(unit: DefinitionUnit | { readonly name: string; readonly schema: object }): RefSchema {
  return { $ref: `#/definitions/${unit.name}` };
}

export function sourceOfUnit(unit: OperationUnit | DefinitionUnit): SourceLocation | undefined {
  return sourceOf(unit);
}
