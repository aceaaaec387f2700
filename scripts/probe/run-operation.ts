/**
 * One operation as the designer meets it: its parameters in order (a picker after the parameters
 * it passes to its lookup), each picker filled, each dynamic schema resolved, then the call itself:
 * every GET; write actions only with --write, with a body built from the resolved schema; webhook
 * triggers subscribed and unsubscribed.
 */
import { checkAnswer } from './check-answer.js';
import type { OperationRun, ProbeContext } from './context.js';
import { deriveValue } from './derive.js';
import { dynamicSites, resolveDynamicSchema, type Resolution } from './dynamic-schema.js';
import { probeLimits } from './limits.js';
import { referencedNames } from './lookup-parameters.js';
import { deref, type ProbeOperation, type ProbeParameter } from './operations.js';
import { fillPicker, isPicker, pickerMappings } from './picker.js';
import { fail } from './recorder.js';
import { buildCall } from './request.js';
import { firstItem } from './derive.js';
import { declaredValue, typedValue } from './values.js';
import { probeWebhook } from './webhook.js';

const READS = new Set(['get', 'head']);

/** Parameters in declared order, except that a picker comes after the parameters its lookup needs. */
export function designerOrder(parameters: readonly ProbeParameter[]): ProbeParameter[] {
  const names = new Set(parameters.map((p) => p.name));
  const needs = new Map(parameters.map((p) => [p, pickerMappings(p).flatMap(referencedNames).filter((n) => n !== p.name && names.has(n))]));
  const placed: ProbeParameter[] = [];
  const done = new Set<string>();
  const pending = [...parameters];
  while (pending.length > 0) {
    const index = pending.findIndex((p) => needs.get(p)!.every((n) => done.has(n)));
    // A cycle of references: take the rest as declared (their pickers will report what they wait for).
    const [next] = pending.splice(index < 0 ? 0 : index, 1);
    placed.push(next!);
    done.add(next!.name);
  }
  return placed;
}

export async function runOperation(ctx: ProbeContext, op: ProbeOperation): Promise<OperationRun> {
  const entry = ctx.recorder.operation(op);
  const earlier = entry.detail === 'not reached' ? '' : entry.detail;
  entry.detail = '';
  ctx.progress(op.operationId);
  const values = new Map<string, unknown>();
  const unfilled: string[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  for (const parameter of designerOrder(op.parameters)) {
    if (parameter.in === 'body') continue;
    if (isPicker(parameter)) {
      const picked = await fillPicker(ctx, op, parameter, values);
      if (picked !== undefined) values.set(parameter.name, picked);
      else if (parameter.required) unfilled.push(parameter.name);
      continue;
    }
    const declared = declaredValue(parameter.spec);
    if (declared !== undefined) {
      values.set(parameter.name, declared);
      continue;
    }
    if (!parameter.required) {
      if (parameter.name === '$top' && READS.has(op.method)) values.set(parameter.name, probeLimits.top);
      continue;
    }
    if (parameter.spec.type === 'string' || parameter.spec.type === undefined) {
      const derived = await deriveValue(ctx, op, parameter);
      if (derived) {
        values.set(parameter.name, derived.value);
        notes.push(`${parameter.name} = ${JSON.stringify(derived.value)} (${derived.from})`);
        continue;
      }
    }
    const typed = typedValue(parameter.spec);
    if (typed !== undefined) values.set(parameter.name, typed);
    else missing.push(parameter.name);
  }

  const resolved = new Map<string, Resolution>();
  if (unfilled.length === 0) {
    for (const site of dynamicSites(ctx, op)) {
      const resolution = await resolveDynamicSchema(ctx, op, site, values);
      if (resolution) resolved.set(site.name, resolution);
    }
  }

  const skip = (why: string): OperationRun => {
    if (entry.failures.length === 0) {
      entry.status = earlier ? 'pass' : 'skip';
      entry.detail = earlier ? `${earlier}; ${why}` : why;
    }
    return { values, ok: false };
  };
  const form = op.parameters.filter((p) => p.in === 'formData' && p.required).map((p) => `'${p.name}'`);
  if (form.length > 0) return skip(`not called: the probe does not send formData parameters (${form.join(', ')})`);
  if (unfilled.length > 0) return skip(`not called: the picker for ${unfilled.map((n) => `'${n}'`).join(', ')} did not fill`);
  if (missing.length > 0) {
    return skip(`not called: no value for the required ${missing.map((n) => `'${n}'`).join(', ')} (give it a picker, a default or x-ms-test-value)`);
  }
  if (op.webhook) {
    const run = await probeWebhook(ctx, op, values, entry, resolved.get('notification'));
    if (entry.status !== 'fail') entry.status = 'pass';
    return run;
  }
  if (!READS.has(op.method) && !ctx.write) return skip('write action: not called without --write');

  const body = op.parameters.find((p) => p.in === 'body');
  if (body) {
    const dynamic = resolved.get(body.name);
    const { value: declaredSchema } = deref(ctx.document, body.spec.schema, '');
    if (dynamicSites(ctx, op).some((s) => s.name === body.name) && !dynamic) return skip(`not called: the schema of '${body.name}' did not resolve`);
    values.set(body.name, ctx.sampler.sample(dynamic?.schema ?? declaredSchema, {}));
  }
  const response = resolved.get('response');
  const answer = await ctx.backend.send(buildCall(op, values, ctx.prefix));
  entry.ms += answer.ms;
  fail(entry, ...checkAnswer(ctx.document, ctx.checker, op, answer, response));
  if (entry.status !== 'fail') {
    entry.status = 'pass';
    const items = firstItem(answer.body) ? countItems(answer.body) : undefined;
    entry.detail = [earlier, `${answer.status}${items !== undefined ? `, ${items} item(s)` : ''}${response ? ', matches the resolved schema' : ''}`, ...notes]
      .filter((s) => s !== '')
      .join('; ');
  }
  return { values, answer, ...(response ? { responseSchema: response.schema } : {}), ok: entry.status !== 'fail' };
}

function countItems(body: unknown): number | undefined {
  if (Array.isArray(body)) return body.length;
  if (body !== null && typeof body === 'object') {
    const list = Object.values(body).find(Array.isArray);
    return list?.length;
  }
  return undefined;
}
