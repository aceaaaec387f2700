/**
 * Values the probe sends: what a parameter declares (x-ms-test-value, default, enum), what the
 * designer passes to a lookup (`{ "parameter": … }`, `{ "parameterReference": … }`, `{ "value": … }`
 * or a literal), and sample values built from a schema for write actions and subscriptions.
 */
import { randomBytes } from 'node:crypto';
import { deref, isObject, type Json } from './operations.js';
import { setMember } from '../core/json.js';

/** A value the parameter itself offers, in the order a careful maker would use them. */
export function declaredValue(spec: Json): unknown {
  if (spec['x-ms-test-value'] !== undefined) return spec['x-ms-test-value'];
  if (spec.default !== undefined) return spec.default;
  if (Array.isArray(spec.enum) && spec.enum.length > 0) return spec.enum[0];
  return undefined;
}

/** A value for a non-string parameter, from its type alone; strings need a real source. */
export function typedValue(spec: Json): unknown {
  const min = typeof spec.minimum === 'number' ? spec.minimum : undefined;
  switch (spec.type) {
    case 'integer':
      return Math.max(1, Math.ceil(min ?? 1));
    case 'number':
      return Math.max(1, min ?? 1);
    case 'boolean':
      return false;
    case 'string':
      return formatValue(spec.format);
    default:
      return undefined;
  }
}

/** A reference from a lookup's `parameters` map: which parameter of the operation it names, or a fixed value. */
export type ParameterSource = { reference: string } | { value: unknown };

export function parameterSource(raw: unknown): ParameterSource {
  if (isObject(raw)) {
    if (typeof raw.parameter === 'string') return { reference: raw.parameter };
    if (typeof raw.parameterReference === 'string') return { reference: raw.parameterReference };
    if ('value' in raw) return { value: raw.value };
  }
  return { value: raw };
}

/** Reads a `/`-separated path (`value/items`, `schema`) in a value; `''` or absent is the value itself. */
export function readPath(value: unknown, path: string | undefined): unknown {
  if (path === undefined || path === '') return value;
  let node = value;
  for (const segment of path.split('/').filter((s) => s !== '')) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** The JSON pointer of a `/`-separated path, for answer excerpts. */
export function pathPointer(path: string | undefined): string {
  return path ? `/${path.split('/').filter((s) => s !== '').join('/')}` : '';
}

function formatValue(format: unknown): string | undefined {
  const now = new Date();
  switch (format) {
    case 'date-time':
      return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    case 'date':
      return now.toISOString().slice(0, 10);
    case 'email':
      return 'probe@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    case 'uuid':
      return crypto.randomUUID();
    default:
      return undefined;
  }
}

export interface SampleOptions {
  /** The value of a property marked `x-ms-notification-url` (the subscription's callback). */
  callbackUrl?: string;
}

/**
 * A value that fits `schema`: every property, each by its declared value, format or type. One run
 * uses one random suffix for strings, so two writes built from one schema agree (an update of the
 * item the probe created keeps its key) and two runs do not collide.
 */
export function createSampler(document: Json, suffix = randomBytes(3).toString('hex')) {
  function sample(schema: unknown, options: SampleOptions, depth = 0): unknown {
    const { value } = deref(document, schema, '');
    if (!isObject(value) || depth > 8) return undefined;
    if (value['x-ms-notification-url'] === true && options.callbackUrl !== undefined) return options.callbackUrl;
    const declared = declaredValue(value);
    if (declared !== undefined) return declared;
    if (Array.isArray(value.allOf)) {
      return Object.assign({}, ...value.allOf.map((part) => sample(part, options, depth + 1)).filter(isObject));
    }
    const type = value.type ?? (isObject(value.properties) ? 'object' : undefined);
    switch (type) {
      case 'object': {
        const out: Json = {};
        const properties = isObject(value.properties) ? value.properties : {};
        for (const [name, property] of Object.entries(properties)) {
          if (isObject(property) && property.readOnly === true) continue;
          const inner = sample(property, options, depth + 1);
          if (inner !== undefined) setMember(out, name, inner);
        }
        return out;
      }
      case 'array': {
        const item = sample(value.items, options, depth + 1);
        return item === undefined ? [] : [item];
      }
      case 'string': {
        const formatted = formatValue(value.format);
        if (formatted !== undefined) return formatted;
        const text = `probe-${suffix}`;
        return typeof value.maxLength === 'number' ? text.slice(0, Math.max(1, value.maxLength)) : text;
      }
      default:
        return typedValue(value);
    }
  }
  return { sample, suffix };
}

/** The pointer, inside `schema`, of its x-ms-notification-url property, followed through `$ref`s. */
export function notificationUrlPath(document: Json, schema: unknown, depth = 0): string[] | undefined {
  const { value } = deref(document, schema, '');
  if (!isObject(value) || depth > 8) return undefined;
  if (value['x-ms-notification-url'] === true) return [];
  const properties = isObject(value.properties) ? value.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    const inner = notificationUrlPath(document, property, depth + 1);
    if (inner) return [name, ...inner];
  }
  return undefined;
}

/** `value` with the property at `path` replaced, for showing a request without its callback URL. */
export function withReplaced(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (!isObject(value)) return value;
  const [head, ...rest] = path;
  return { ...value, [head!]: withReplaced(value[head!], rest, replacement) };
}
