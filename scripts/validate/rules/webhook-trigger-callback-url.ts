import type { PointerSegments } from '../../core/json-pointer.js';
import { asArray, asObject, pointer, type JsonObject, type OperationEntry, type ValidationContext } from '../context.js';
import { checkEach, type Selector } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

export interface CallbackProperty {
  property: JsonObject;
  at: PointerSegments;
  requiredAllTheWay: boolean;
  internal: boolean;
}

/**
 * Whether an operation is a webhook trigger. A GET (or HEAD) with x-ms-trigger: single is a polling
 * trigger that returns one object, not a webhook: the platform calls it on a schedule and has no
 * callback to hand it.
 */
export function isWebhookTrigger(entry: { method: string; operation: JsonObject }): boolean {
  return entry.operation['x-ms-trigger'] === 'single' && entry.method !== 'get' && entry.method !== 'head';
}

/** Each webhook trigger (x-ms-trigger: single on a method other than GET) with the callback property of its body, if it has one. */
export function* webhookCallbacks(ctx: ValidationContext): Generator<{ entry: ValidationContext['operations'][number]; found: CallbackProperty | undefined }> {
  for (const entry of ctx.operations) {
    if (!isWebhookTrigger(entry)) continue;
    const body = ctx.parameters(entry).find((p) => p.parameter.in === 'body');
    const found = body ? findCallback(ctx, body.parameter.schema, [...body.definedAt, 'schema'], body.parameter.required === true, false, 0) : undefined;
    yield { entry, found };
  }
}


/** Every webhook trigger with the callback property of its body, when it has one. */
const everyWebhookCallback: Selector<{ entry: OperationEntry; found: CallbackProperty | undefined }> = (ctx) => [...webhookCallbacks(ctx)];

/** Depth-first through the body schema (following $refs) to the property marked x-ms-notification-url. */
export function findCallback(ctx: ValidationContext, schema: unknown, at: PointerSegments, required: boolean, internal: boolean, depth: number): CallbackProperty | undefined {
  const resolved = ctx.resolve(schema, at);
  const object = asObject(resolved?.value);
  if (!object || depth > 16) return undefined;
  const here = internal || object['x-ms-visibility'] === 'internal';
  if (object['x-ms-notification-url'] === true) return { property: object, at, requiredAllTheWay: required, internal: here };
  const requiredNames = new Set(asArray(object.required));
  for (const [name, child] of Object.entries(asObject(object.properties) ?? {})) {
    const found = findCallback(ctx, child, [...at, 'properties', name], required && requiredNames.has(name), here, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const messages = {
  noCallback: (name: string) => `Webhook trigger ${name} has no body property with "x-ms-notification-url": true, so the platform cannot give it a callback URL.`,
};

/**
 * The platform hands a webhook its callback URL through the body property marked
 * x-ms-notification-url; without one the trigger can never fire.
 */
const rule = defineRule({
  id: 'webhook-trigger-callback-url',
  description: 'A webhook trigger (x-ms-trigger: single, not a GET) has a body property with x-ms-notification-url: true.',
  docs: ruleDocs('webhook-trigger-callback-url'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyWebhookCallback, ({ entry, found }) =>
    found
      ? undefined
      : { pointer: pointer(entry.at), message: messages.noCallback(entry.operationId ?? entry.path) },
  ),
});
export default rule;
