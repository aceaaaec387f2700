/**
 * Webhook triggers and the callback property of their body: what the webhook rules and their
 * selectors (selectors.ts) share.
 */
import type { PointerSegments } from '../core/json-pointer.js';
import { asArray, asObject, type JsonObject, type ValidationContext } from './context.js';

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
