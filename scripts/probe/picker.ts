/**
 * Filling one picker as the designer does: call the lookup named by `x-ms-dynamic-values`
 * (`value-collection`, `value-path`, `value-title`) and by `x-ms-dynamic-list` (`itemsPath`,
 * `itemValuePath`, `itemTitlePath`), with the parameters they pass, and read the choices. The first
 * choice is the one the probe goes on with.
 */
import { callFailure } from './check-answer.js';
import { callInternal, type ProbeContext } from './context.js';
import { lookupValues } from './lookup-parameters.js';
import { isObject, type ProbeOperation, type ProbeParameter } from './operations.js';
import { fail } from './recorder.js';
import { describe, excerpt } from './schema-check.js';
import type { ProbeEntry } from './types.js';
import { pathPointer, readPath } from './values.js';

interface PickerShape {
  extension: 'x-ms-dynamic-values' | 'x-ms-dynamic-list';
  collection: string;
  value: string;
  title: string;
}

const SHAPES: readonly PickerShape[] = [
  { extension: 'x-ms-dynamic-values', collection: 'value-collection', value: 'value-path', title: 'value-title' },
  { extension: 'x-ms-dynamic-list', collection: 'itemsPath', value: 'itemValuePath', title: 'itemTitlePath' },
];

export function isPicker(parameter: ProbeParameter): boolean {
  return SHAPES.some((s) => isObject(parameter.spec[s.extension]));
}

export function pickerMappings(parameter: ProbeParameter): unknown[] {
  return SHAPES.map((s) => parameter.spec[s.extension]).filter(isObject).map((e) => e.parameters);
}

function isChoice(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The picked value, or `undefined` when no extension of the picker gave one. */
export async function fillPicker(ctx: ProbeContext, op: ProbeOperation, parameter: ProbeParameter, current: ReadonlyMap<string, unknown>): Promise<unknown> {
  const entry = ctx.recorder.parameter(op, 'picker', parameter.name, parameter.pointer);
  ctx.progress(`${op.operationId} › ${parameter.name}`);
  let picked: unknown;
  const notes: string[] = [];
  let reused = true;
  for (const shape of SHAPES) {
    const extension = parameter.spec[shape.extension];
    if (!isObject(extension)) continue;
    const result = await readChoices(ctx, entry, parameter, shape, extension, current);
    if (result === 'waiting') return undefined;
    if (result) {
      notes.push(`${result.count} choice(s) from ${result.lookup}`);
      reused &&= result.cached;
      if (picked === undefined) picked = result.first;
    }
  }
  if (entry.status !== 'fail' && picked !== undefined) entry.detail = `${[...new Set(notes)].join('; ')}${reused ? ' (answer reused)' : ''}; picked ${JSON.stringify(picked)}`;
  else if (entry.status === 'fail') entry.detail = picked === undefined ? 'no choices' : `went on with ${JSON.stringify(picked)}`;
  return picked;
}

async function readChoices(
  ctx: ProbeContext,
  entry: ProbeEntry,
  parameter: ProbeParameter,
  shape: PickerShape,
  extension: Record<string, unknown>,
  current: ReadonlyMap<string, unknown>,
): Promise<{ count: number; first: unknown; lookup: string; cached: boolean } | 'waiting' | undefined> {
  const at = `${parameter.pointer}/${shape.extension}`;
  const lookupId = extension.operationId;
  const lookup = typeof lookupId === 'string' ? ctx.byId.get(lookupId) : undefined;
  if (!lookup) {
    fail(entry, { pointer: `${at}/operationId`, message: `the lookup operation ${JSON.stringify(lookupId)} is not in the definition` });
    return undefined;
  }
  const prepared = lookupValues(lookup, extension.parameters, current, at);
  if (!prepared.ok) {
    if ('waitingFor' in prepared) {
      if (entry.status !== 'fail') {
        entry.status = 'skip';
        entry.detail = `needs a value for '${prepared.waitingFor}' first`;
      }
      return 'waiting';
    }
    fail(entry, prepared.failure);
    return undefined;
  }
  const { answer, cached } = await callInternal(ctx, lookup, prepared.values);
  if (!cached) entry.ms += answer.ms;
  const failed = callFailure(lookup, answer);
  if (failed) {
    fail(entry, { ...failed, pointer: at, message: `the lookup '${lookup.operationId}' ${failed.message}` });
    return undefined;
  }
  const collectionPath = typeof extension[shape.collection] === 'string' ? (extension[shape.collection] as string) : undefined;
  const items = readPath(answer.body, collectionPath);
  const collectionPointer = pathPointer(collectionPath);
  const where = collectionPath ? `${shape.collection} '${collectionPath}'` : `the answer (no ${shape.collection} given)`;
  if (!Array.isArray(items)) {
    fail(entry, {
      pointer: collectionPath ? `${at}/${shape.collection}` : at,
      message: `${where} of '${lookup.operationId}' is ${describe(items)}, not a list of choices`,
      request: answer.request,
      answer: { status: answer.status, pointer: collectionPath && items === undefined ? '' : collectionPointer, value: excerpt(items ?? answer.body) },
    });
    return undefined;
  }
  if (items.length === 0) {
    fail(entry, {
      pointer: at,
      message: `the picker comes up empty: '${lookup.operationId}' answered no choices at ${where}`,
      request: answer.request,
      answer: { status: answer.status, pointer: collectionPointer, value: [] },
    });
    return undefined;
  }
  const valuePath = extension[shape.value];
  if (typeof valuePath !== 'string' || valuePath === '') {
    fail(entry, { pointer: at, message: `${shape.extension} has no ${shape.value}` });
    return undefined;
  }
  const values = items.map((item) => readPath(item, valuePath));
  const missing = values.findIndex((v) => !isChoice(v));
  if (missing >= 0) {
    const none = values.every((v) => !isChoice(v));
    fail(entry, {
      pointer: `${at}/${shape.value}`,
      message: `${shape.value} '${valuePath}' ${none ? 'is in none of' : `is missing in ${values.filter((v) => !isChoice(v)).length} of`} the ${items.length} choice(s) '${lookup.operationId}' answered${
        isObject(items[missing]) ? ` (choice ${missing} has ${Object.keys(items[missing]).join(', ') || 'no properties'})` : ''
      }`,
      request: answer.request,
      answer: { status: answer.status, pointer: `${collectionPointer}/${missing}`, value: excerpt(items[missing]) },
    });
    if (none) return undefined;
  }
  const titlePath = extension[shape.title];
  if (typeof titlePath === 'string' && titlePath !== '') {
    const untitled = items.findIndex((item) => !isChoice(readPath(item, titlePath)));
    if (untitled >= 0) {
      fail(entry, {
        pointer: `${at}/${shape.title}`,
        message: `${shape.title} '${titlePath}' is missing in choice ${untitled} that '${lookup.operationId}' answered: the picker would show it without a title`,
        request: answer.request,
        answer: { status: answer.status, pointer: `${collectionPointer}/${untitled}`, value: excerpt(items[untitled]) },
      });
    }
  }
  return { count: items.length, first: values.find(isChoice), lookup: lookup.operationId, cached };
}
