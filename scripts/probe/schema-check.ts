/**
 * Answers against schemas: the declared ones of the definition and the ones the backend resolves
 * for x-ms-dynamic-schema. Every mismatch names the schema keyword it breaks by its JSON pointer in
 * the definition (or, for a resolved schema, the pointer of its x-ms-dynamic-schema plus the path
 * inside the resolved schema), and the part of the answer that breaks it.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { escapeSegment, resolvePointer } from '../core/json-pointer.js';
import { probeLimits } from './limits.js';
import { isObject, type Json } from './operations.js';

export interface Mismatch {
  pointer: string;
  resolvedSchemaPath?: string;
  message: string;
  answerPointer: string;
  value: unknown;
}

export interface SchemaSite {
  schema: unknown;
  /** Where the schema is written in the definition (for a resolved one: its x-ms-dynamic-schema's place). */
  pointer: string;
  /** The schema came from the backend. */
  resolved?: boolean;
}

export interface SchemaChecker {
  /** Why `value` is not a usable JSON Schema, or `undefined` when it is one. */
  unusable(value: unknown): string | undefined;
  validate(site: SchemaSite, body: unknown): { mismatches: Mismatch[]; more: number };
}

/** Keywords of which a schema has at least one when it describes anything. */
const DESCRIBING = ['type', 'properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'enum', 'additionalProperties', 'format'];

export function createSchemaChecker(document: Json): SchemaChecker {
  // strict off: Swagger schemas carry x-ms-* keys and keywords draft-04 does not know (readOnly, example, discriminator).
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false });
  addFormats(ajv);
  const definitions = isObject(document.definitions) ? document.definitions : {};
  const where = new WeakMap<object, string>();
  index(document, '', where);
  const compiled = new Map<unknown, ValidateFunction>();

  function compile(schema: unknown): ValidateFunction {
    let fn = compiled.get(schema);
    if (!fn) {
      fn = ajv.compile({ definitions, allOf: [schema] });
      compiled.set(schema, fn);
    }
    return fn;
  }

  return {
    unusable(value) {
      if (!isObject(value)) return `${describe(value)}, not a JSON Schema`;
      if (!DESCRIBING.some((k) => k in value)) return `an object with none of the keywords that describe a value (${DESCRIBING.slice(0, 4).join(', ')}, …)`;
      if (value.type === 'file') return undefined;
      if (!ajv.validateSchema(value)) return `not a valid JSON Schema: ${ajv.errorsText(ajv.errors, { dataVar: 'schema' })}`;
      try {
        compile(value);
      } catch (error) {
        return `not a usable JSON Schema: ${error instanceof Error ? error.message : String(error)}`;
      }
      return undefined;
    },

    validate(site, body) {
      if (isObject(site.schema) && site.schema.type === 'file') return { mismatches: [], more: 0 };
      let fn: ValidateFunction;
      try {
        fn = compile(site.schema);
      } catch (error) {
        const message = `the schema cannot be compiled: ${error instanceof Error ? error.message : String(error)}`;
        return { mismatches: [{ pointer: site.pointer, message, answerPointer: '', value: undefined }], more: 0 };
      }
      if (fn(body)) return { mismatches: [], more: 0 };
      const resolvedAt = new WeakMap<object, string>();
      if (site.resolved) index(site.schema, '', resolvedAt);
      const errors = dropUmbrellaErrors(fn.errors ?? []);
      const mismatches = errors.slice(0, probeLimits.failuresPerAnswer).map((error) => toMismatch(error, site, where, resolvedAt, body));
      return { mismatches, more: Math.max(0, errors.length - probeLimits.failuresPerAnswer) };
    },
  };
}

function toMismatch(error: ErrorObject, site: SchemaSite, where: WeakMap<object, string>, resolvedAt: WeakMap<object, string>, body: unknown): Mismatch {
  const parent = error.parentSchema;
  const keyword = `/${escapeSegment(error.keyword)}`;
  const answerPointer = error.instancePath;
  const value = excerpt(resolvePointer(body, answerPointer));
  const message = describeError(error);
  if (isObject(parent)) {
    const inResolved = resolvedAt.get(parent);
    if (inResolved !== undefined) return { pointer: site.pointer, resolvedSchemaPath: inResolved + keyword, message, answerPointer, value };
    const inDocument = where.get(parent);
    if (inDocument !== undefined) return { pointer: inDocument + keyword, message, answerPointer, value };
  }
  // Not found by identity: read ajv's schema path (#/definitions/... or #/allOf/0/...).
  const path = error.schemaPath.replace(/^#/, '');
  if (path.startsWith('/allOf/0')) {
    const rest = path.slice('/allOf/0'.length);
    return site.resolved ? { pointer: site.pointer, resolvedSchemaPath: rest, message, answerPointer, value } : { pointer: site.pointer + rest, message, answerPointer, value };
  }
  return { pointer: path, message, answerPointer, value };
}

/** An `allOf`/`anyOf` failure repeats what its branches already said. */
function dropUmbrellaErrors(errors: ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((e) => !(e.keyword === 'allOf' && e.schemaPath === '#/allOf'));
  return kept.length > 0 ? kept : errors;
}

function describeError(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the answer' : `the answer's ${error.instancePath}`;
  switch (error.keyword) {
    case 'required':
      return `${at} lacks the required property '${(error.params as { missingProperty: string }).missingProperty}'`;
    case 'additionalProperties':
      return `${at} has the property '${(error.params as { additionalProperty: string }).additionalProperty}', which the schema does not allow`;
    default:
      return `${at} ${error.message ?? `fails ${error.keyword}`}`;
  }
}

/** Every object of `value` by its pointer (the first pointer when an object appears twice). */
function index(value: unknown, pointer: string, into: WeakMap<object, string>, depth = 0): void {
  if (value === null || typeof value !== 'object' || depth > 200) return;
  if (into.has(value)) return;
  into.set(value, pointer);
  if (Array.isArray(value)) value.forEach((item, i) => index(item, `${pointer}/${i}`, into, depth + 1));
  else for (const [key, inner] of Object.entries(value)) index(inner, `${pointer}/${escapeSegment(key)}`, into, depth + 1);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

/** A value small enough to show: itself when short, else its JSON cut to the excerpt limit. */
export function excerpt(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  if (text === undefined || text.length <= probeLimits.excerptChars) return value;
  return `${text.slice(0, probeLimits.excerptChars)}…`;
}
