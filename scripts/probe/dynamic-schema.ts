/**
 * Resolving `x-ms-dynamic-schema` (`value-path`) and `x-ms-dynamic-properties` (`itemValuePath`)
 * through their metadata operation with the picked values, as the designer does when it draws an
 * action's fields, and checking that what comes back is a JSON Schema the designer can use.
 */
import { callFailure } from './check-answer.js';
import { callInternal, type ProbeContext } from './context.js';
import { lookupValues } from './lookup-parameters.js';
import { declaredResponse, deref, isObject, successCodes, type ProbeOperation } from './operations.js';
import { fail } from './recorder.js';
import { excerpt } from './schema-check.js';
import { pathPointer, readPath } from './values.js';

const EXTENSIONS = [
  { extension: 'x-ms-dynamic-schema', path: 'value-path' },
  { extension: 'x-ms-dynamic-properties', path: 'itemValuePath' },
] as const;

export interface DynamicSite {
  /** `response`, `notification`, or the body parameter's name. */
  name: string;
  /** The schema object carrying the extensions, and where it is written. */
  schema: Record<string, unknown>;
  pointer: string;
}

export function isDynamic(schema: unknown): schema is Record<string, unknown> {
  return isObject(schema) && EXTENSIONS.some((e) => isObject(schema[e.extension]));
}

/** The dynamic schemas of an operation: its body, its answer, and a webhook's notification payload. */
export function dynamicSites(ctx: ProbeContext, op: ProbeOperation): DynamicSite[] {
  const sites: DynamicSite[] = [];
  for (const parameter of op.parameters) {
    if (parameter.in !== 'body') continue;
    const { value, pointer } = deref(ctx.document, parameter.spec.schema, `${parameter.pointer}/schema`);
    if (isDynamic(value)) sites.push({ name: parameter.name, schema: value, pointer });
  }
  const code = successCodes(op)[0];
  const declared = code ? declaredResponse(ctx.document, op, Number(code)) : undefined;
  if (declared && 'schema' in declared.response) {
    const { value, pointer } = deref(ctx.document, declared.response.schema, `${declared.pointer}/schema`);
    if (isDynamic(value)) sites.push({ name: 'response', schema: value, pointer });
  }
  const notification = op.pathItem['x-ms-notification-content'];
  if (op.webhook && isObject(notification)) {
    const { value, pointer } = deref(ctx.document, notification.schema, `${op.pathPointer}/x-ms-notification-content/schema`);
    if (isDynamic(value)) sites.push({ name: 'notification', schema: value, pointer });
  }
  return sites;
}

export interface Resolution {
  schema: unknown;
  /** The pointer of the extension it came from. */
  pointer: string;
}

/** The resolved schema, or `undefined` when no extension of the site resolved (the entry says why). */
export async function resolveDynamicSchema(ctx: ProbeContext, op: ProbeOperation, site: DynamicSite, current: ReadonlyMap<string, unknown>): Promise<Resolution | undefined> {
  const entry = ctx.recorder.parameter(op, 'dynamic-schema', site.name, site.pointer);
  ctx.progress(`${op.operationId} › ${site.name} schema`);
  let resolution: Resolution | undefined;
  const notes = new Set<string>();
  let reused = true;
  for (const { extension: name, path } of EXTENSIONS) {
    const extension = site.schema[name];
    if (!isObject(extension)) continue;
    const at = `${site.pointer}/${name}`;
    const metadataId = extension.operationId;
    const metadata = typeof metadataId === 'string' ? ctx.byId.get(metadataId) : undefined;
    if (!metadata) {
      fail(entry, { pointer: `${at}/operationId`, message: `the metadata operation ${JSON.stringify(metadataId)} is not in the definition` });
      continue;
    }
    const prepared = lookupValues(metadata, extension.parameters, current, at);
    if (!prepared.ok) {
      if ('waitingFor' in prepared) {
        if (entry.status !== 'fail') {
          entry.status = 'skip';
          entry.detail = `needs a value for '${prepared.waitingFor}' first`;
        }
        return undefined;
      }
      fail(entry, prepared.failure);
      continue;
    }
    const { answer, cached } = await callInternal(ctx, metadata, prepared.values);
    if (!cached) entry.ms += answer.ms;
    const failed = callFailure(metadata, answer);
    if (failed) {
      fail(entry, { ...failed, pointer: at, message: `the metadata operation '${metadata.operationId}' ${failed.message}` });
      continue;
    }
    const valuePath = typeof extension[path] === 'string' ? (extension[path] as string) : undefined;
    const schema = readPath(answer.body, valuePath);
    const problem = ctx.checker.unusable(schema);
    if (problem) {
      fail(entry, {
        pointer: at,
        message: `${valuePath ? `${path} '${valuePath}'` : 'the answer'} of '${metadata.operationId}' is ${problem}`,
        request: answer.request,
        answer: { status: answer.status, pointer: pathPointer(valuePath), value: excerpt(schema === undefined ? answer.body : schema) },
      });
      continue;
    }
    notes.add(`resolved by ${metadata.operationId}${describeSchema(schema)}`);
    reused &&= cached;
    resolution ??= { schema, pointer: at };
  }
  if (entry.status !== 'fail') entry.detail = `${[...notes].join('; ')}${reused && notes.size > 0 ? ' (answer reused)' : ''}`;
  return resolution;
}

function describeSchema(schema: unknown): string {
  if (!isObject(schema)) return '';
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  return properties.length > 0 ? ` (${properties.length} propert${properties.length === 1 ? 'y' : 'ies'})` : '';
}

