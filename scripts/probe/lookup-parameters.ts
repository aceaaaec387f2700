/**
 * The parameters the designer passes to a lookup or metadata operation: those the extension's
 * `parameters` map names (fixed values, or references to the operation's other parameters), and the
 * lookup's own defaults for the rest.
 */
import { escapeSegment } from '../core/json-pointer.js';
import { isObject, type ProbeOperation } from './operations.js';
import type { ProbeFailure } from './types.js';
import { declaredValue, parameterSource, readPath } from './values.js';

export type LookupValues =
  | { ok: true; values: Map<string, unknown> }
  /** A referenced parameter has no value (its own picker did not fill). */
  | { ok: false; waitingFor: string }
  | { ok: false; failure: ProbeFailure };

/** The names a `parameters` map refers to, so pickers can be filled after the parameters they need. */
export function referencedNames(mapping: unknown): string[] {
  if (!isObject(mapping)) return [];
  const names: string[] = [];
  for (const raw of Object.values(mapping)) {
    const source = parameterSource(raw);
    if ('reference' in source) names.push(source.reference.split('/')[0]!);
  }
  return names;
}

export function lookupValues(lookup: ProbeOperation, mapping: unknown, current: ReadonlyMap<string, unknown>, extensionPointer: string): LookupValues {
  const values = new Map<string, unknown>();
  const given = isObject(mapping) ? mapping : {};
  for (const [name, raw] of Object.entries(given)) {
    if (!lookup.parameters.some((p) => p.name === name)) {
      return {
        ok: false,
        failure: { pointer: `${extensionPointer}/parameters/${escapeSegment(name)}`, message: `'${name}' is not a parameter of '${lookup.operationId}'` },
      };
    }
    const source = parameterSource(raw);
    if ('value' in source) {
      values.set(name, source.value);
      continue;
    }
    // A reference names a parameter, or a property of the body (`body/name`).
    const [head, ...rest] = source.reference.split('/');
    const value = rest.length > 0 ? readPath(current.get(head!), rest.join('/')) : current.get(head!);
    if (value === undefined) return { ok: false, waitingFor: source.reference };
    values.set(name, value);
  }
  for (const parameter of lookup.parameters) {
    if (values.has(parameter.name)) continue;
    const declared = declaredValue(parameter.spec);
    if (declared !== undefined) values.set(parameter.name, declared);
    else if (parameter.required) {
      return {
        ok: false,
        failure: {
          pointer: `${extensionPointer}/parameters`,
          message: `'${lookup.operationId}' requires its parameter '${parameter.name}', which this extension does not pass`,
        },
      };
    }
  }
  return { ok: true, values };
}
