/**
 * A webhook trigger as the platform uses it: subscribe with a callback URL (here, a slot on the
 * probe's local receiver), expect 201 with a Location, optionally have the backend fire the event
 * (through a hook that knows how, with --write) and check the notification against the payload
 * schema, then unsubscribe with DELETE on the Location.
 */
import type { BackendAnswer } from './backend.js';
import { checkAnswer } from './check-answer.js';
import type { OperationRun, ProbeContext } from './context.js';
import type { Resolution } from './dynamic-schema.js';
import { probeLimits } from './limits.js';
import { deref, isObject, matchTemplate, type ProbeOperation } from './operations.js';
import { fail } from './recorder.js';
import { buildCall } from './request.js';
import type { BackendAccess, ProbeEntry, ProbeRequest } from './types.js';
import { notificationUrlPath, withReplaced } from './values.js';

/** What the report shows instead of a callback URL. */
export const HIDDEN_CALLBACK = '<callback URL>';

export function backendAccess(ctx: ProbeContext): BackendAccess {
  return {
    url: ctx.backend.url,
    async send(method, path, body) {
      const answer = await ctx.backend.send({ method, url: path, ...(body !== undefined ? { body } : {}) });
      return { status: answer.status, body: answer.body };
    },
  };
}

export async function probeWebhook(
  ctx: ProbeContext,
  op: ProbeOperation,
  values: Map<string, unknown>,
  entry: ProbeEntry,
  notification: Resolution | undefined,
): Promise<OperationRun> {
  const bodyParameter = op.parameters.find((p) => p.in === 'body');
  const { value: bodySchema } = deref(ctx.document, bodyParameter?.spec.schema, '');
  const urlPath = bodyParameter ? notificationUrlPath(ctx.document, bodySchema) : undefined;
  if (!bodyParameter || !urlPath) {
    fail(entry, { pointer: bodyParameter ? `${bodyParameter.pointer}/schema` : `${op.pointer}/parameters`, message: 'a webhook trigger needs a body property with x-ms-notification-url: true for the callback URL' });
    return { values, ok: false };
  }
  const slot = (await ctx.receiver()).slot();
  const body = ctx.sampler.sample(bodySchema, { callbackUrl: slot.url });
  values.set(bodyParameter.name, body);
  const call = { ...buildCall(op, values, ctx.prefix), shownBody: withReplaced(body, urlPath, HIDDEN_CALLBACK) };
  const answer = await ctx.backend.send(call);
  entry.ms += answer.ms;
  const failures = checkAnswer(ctx.document, ctx.checker, op, answer);
  fail(entry, ...failures);
  if (answer.status < 200 || answer.status > 299) return { values, answer, ok: false };
  const notes = [`subscribed (${answer.status})`];
  if (answer.status !== 201) {
    fail(entry, { pointer: `${op.pointer}/responses`, message: `a subscription answers 201 Created; this one answered ${answer.status}`, request: answer.request, answer: { status: answer.status } });
  }
  const location = answer.headers.get('location');
  if (!location) {
    const declared = isObject(op.operation.responses) && isObject(op.operation.responses['201']);
    fail(entry, {
      pointer: `${op.pointer}/responses/${declared ? '201/headers' : String(answer.status)}`,
      message: 'the subscription answered without a Location header: the platform would have no address to unsubscribe from',
      request: answer.request,
      answer: { status: answer.status },
    });
    return { values, answer, ok: false };
  }
  const path = ctx.backend.relativePath(location);
  if (path === undefined) {
    fail(entry, {
      pointer: `${op.pointer}/responses/201/headers/Location`,
      message: `the Location '${location}' is not on the backend, so the probe does not call it to unsubscribe`,
      request: answer.request,
      answer: { status: answer.status },
    });
    return { values, answer, ok: false };
  }

  if (ctx.write && ctx.hooks.events) {
    notes.push(await fire(ctx, op, values, bodyParameter.name, location, entry, slot, notification));
  }

  const unsubscribe = ctx.operations.find((o) => o.method === 'delete' && matchTemplate(`${ctx.prefix}${o.path}`, path.split('?')[0]!));
  ctx.progress(`${op.operationId} › unsubscribe`);
  const removed = await ctx.backend.send({ method: 'DELETE', url: location });
  entry.ms += removed.ms;
  if (!unsubscribe) {
    fail(entry, {
      pointer: op.pointer,
      message: `no DELETE operation of the definition matches the Location path '${path}': the platform could not unsubscribe through the connector`,
      request: removed.request,
      answer: { status: removed.status },
    });
  } else {
    recordUnsubscribe(ctx, unsubscribe, removed, op);
    notes.push(removed.status >= 200 && removed.status < 300 ? `unsubscribed (${removed.status})` : `unsubscribe answered ${removed.status}`);
  }
  if (entry.status !== 'fail') entry.detail = notes.join(', ');
  return { values, answer, ok: entry.status !== 'fail' };
}

function recordUnsubscribe(ctx: ProbeContext, op: ProbeOperation, answer: BackendAnswer, trigger: ProbeOperation): void {
  const entry = ctx.recorder.operation(op);
  if (entry.detail === 'not reached') {
    entry.status = 'pass';
    entry.detail = '';
  }
  entry.ms += answer.ms;
  const count = Number(/^unsubscribed (\d+)/.exec(entry.detail)?.[1] ?? 0) + 1;
  entry.detail = `unsubscribed ${count} subscription(s) on their Location`;
  const failures = checkAnswer(ctx.document, ctx.checker, op, answer).map((f) => ({ ...f, message: `${f.message} (unsubscribing ${trigger.operationId})` }));
  fail(entry, ...failures);
}

async function fire(
  ctx: ProbeContext,
  op: ProbeOperation,
  values: ReadonlyMap<string, unknown>,
  bodyName: string,
  location: string,
  entry: ProbeEntry,
  slot: { next(ms: number): Promise<{ body: unknown } | undefined> },
  notification: Resolution | undefined,
): Promise<string> {
  const events = ctx.hooks.events!;
  if (!(await ctx.eventsAvailable())) return `not fired (the backend has no ${events.name})`;
  ctx.progress(`${op.operationId} › fire`);
  const given = Object.fromEntries([...values].filter(([name]) => name !== bodyName));
  let requests: ProbeRequest[] | undefined;
  try {
    requests = await events.fire({ operationId: op.operationId, values: given, location }, backendAccess(ctx));
  } catch (error) {
    fail(entry, { pointer: op.pointer, message: `firing the event through ${events.name} failed: ${error instanceof Error ? error.message : String(error)}` });
    return 'fire failed';
  }
  if (!requests) return `not fired (${events.name} has no event for it)`;
  const payloadPointer = `${op.pathPointer}/x-ms-notification-content`;
  const received = await slot.next(probeLimits.notificationWaitMs);
  if (!received) {
    fail(entry, {
      pointer: payloadPointer,
      message: `no notification arrived within ${probeLimits.notificationWaitMs} ms after the event was fired through ${events.name}`,
      ...(requests.at(-1) ? { request: requests.at(-1)! } : {}),
    });
    return 'fired, no notification';
  }
  const content = op.pathItem['x-ms-notification-content'];
  const { value: schema, pointer } = deref(ctx.document, isObject(content) ? content.schema : undefined, `${payloadPointer}/schema`);
  if (isObject(schema)) {
    const site = notification ? { schema: notification.schema, pointer: notification.pointer, resolved: true } : { schema, pointer };
    const { mismatches } = ctx.checker.validate(site, received.body);
    fail(
      entry,
      ...mismatches.map((m) => ({
        pointer: m.pointer,
        ...(m.resolvedSchemaPath !== undefined ? { resolvedSchemaPath: m.resolvedSchemaPath } : {}),
        message: `the notification: ${m.message.replace(/^the answer/, 'the payload')}`,
        ...(requests.at(-1) ? { request: requests.at(-1)! } : {}),
        answer: { pointer: m.answerPointer, value: m.value },
      })),
    );
  }
  return 'fired and notified';
}
