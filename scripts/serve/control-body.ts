/**
 * The bodies of the control endpoints, one JSON Schema per body in control-bodies/ (the contract a
 * caller can read), checked with Ajv. Problems are phrased for the person who sent the request:
 * the property, what it must be, and what was sent.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

export type ControlBodyName = 'none' | 'segment-count' | 'measure-value' | 'data-source-refresh' | 'full-refresh' | 'process-complete';

interface PropertySchema {
  type: 'integer' | 'number' | 'boolean' | 'string';
  description: string;
}

export interface ControlBodySchema {
  title: string;
  properties: Record<string, PropertySchema>;
  required?: string[];
}

const ajv = new Ajv({ allErrors: true, strict: true });
const loaded = new Map<ControlBodyName, { schema: ControlBodySchema; validate: ValidateFunction }>();

function load(name: ControlBodyName): { schema: ControlBodySchema; validate: ValidateFunction } {
  let entry = loaded.get(name);
  if (!entry) {
    const schema = JSON.parse(readFileSync(new URL(`./control-bodies/${name}.schema.json`, import.meta.url), 'utf8')) as ControlBodySchema;
    entry = { schema, validate: ajv.compile(schema) };
    loaded.set(name, entry);
  }
  return entry;
}

export function controlBodySchema(name: ControlBodyName): ControlBodySchema {
  return load(name).schema;
}

const article = (type: string) => (type === 'integer' ? 'an integer' : `a ${type}`);

function describeError(error: ErrorObject, schema: ControlBodySchema, body: Record<string, unknown>): string {
  const name = error.instancePath.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
  const sent = JSON.stringify(body[name]);
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys(schema.properties);
      const extra = String(error.params['additionalProperty']);
      return `unknown property '${extra}'` + (known.length ? ` (known: ${known.join(', ')})` : ' (this endpoint takes no body)');
    }
    case 'required':
      return `'${String(error.params['missingProperty'])}' is required`;
    case 'type':
      return `'${name}' must be ${article(String(error.params['type']))} (got ${sent})`;
    case 'minimum':
      return `'${name}' must be at least ${String(error.params['limit'])} (got ${sent})`;
    case 'maximum':
      return `'${name}' must be at most ${String(error.params['limit'])} (got ${sent})`;
    default:
      return `'${name}' ${error.message ?? 'is not valid'}`;
  }
}

/** The body's problems against its schema (empty when it conforms); `undefined` stands for `{}`. */
export function controlBodyProblems(name: ControlBodyName, body: unknown): string[] | 'not-an-object' {
  if (body === undefined) body = {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'not-an-object';
  const { schema, validate } = load(name);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => describeError(e, schema, body as Record<string, unknown>));
}
