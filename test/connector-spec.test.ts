/**
 * The specification as a table: every action, trigger, parameter and definition field of the
 * connector's reference page (test/seed/connector-reference.txt) checked against the emitted
 * generated/apiDefinition.swagger.json — summaries, descriptions, keys, display names, required
 * flags, types and outputs exactly as the page writes them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';
import { parseSeed, type SeedOperation } from './seed/parse-seed.js';

type Json = Record<string, any>;

const ROOT = path.resolve(import.meta.dirname, '..');
const seed = parseSeed(readFileSync(path.join(ROOT, 'test/seed/connector-reference.txt'), 'utf8'));
const swagger = JSON.parse(readFileSync(path.join(ROOT, 'generated/apiDefinition.swagger.json'), 'utf8')) as Json;

interface Mounted {
  path: string;
  method: string;
  pathItem: Json;
  operation: Json;
}

const mounted: Mounted[] = Object.entries(swagger.paths as Json).flatMap(([p, pathItem]) =>
  Object.entries(pathItem as Json)
    .filter(([key]) => !key.startsWith('x-') && key !== 'parameters')
    .map(([method, operation]) => ({ path: p, method, pathItem: pathItem as Json, operation: operation as Json })),
);

/** Parameters beyond the page's tables that the connector adds on purpose. */
const EXTRA_PARAMETERS: Record<string, string[]> = {
  // The page's own advice: page through the throttle with $skip.
  'Get items from an entity': ['$skip'],
};

function definitionName(schema: Json): string | undefined {
  return typeof schema.$ref === 'string' ? schema.$ref.replace('#/definitions/', '') : undefined;
}

/** A schema or parameter's type as the reference page writes it. */
function pageType(node: Json): string {
  const schema = node.in === 'body' ? node.schema : node;
  if (schema['x-ms-dynamic-schema']) return 'dynamic';
  const ref = definitionName(schema);
  if (ref) return ref;
  if (schema.type === 'array') {
    const items = schema.items as Json;
    return `array of ${definitionName(items) ?? items.type}`;
  }
  if (schema.type === 'number' && schema.format === 'double') return 'double';
  if (schema.type === 'string' && schema.format === 'date-time') return 'date-time';
  return schema.type;
}

function find(summary: string, trigger: boolean): Mounted {
  const matches = mounted.filter((m) => m.operation.summary === summary && Boolean(m.operation['x-ms-trigger']) === trigger);
  expect(matches, `exactly one ${trigger ? 'trigger' : 'action'} '${summary}'`).toHaveLength(1);
  return matches[0]!;
}

/** A webhook subscription body holds only internal properties (the callback URL): the page does not list it. */
function onlyInternal(schema: Json | undefined): boolean {
  const properties = Object.values((schema?.properties ?? {}) as Json) as Json[];
  return properties.length > 0 && properties.every((s) => s['x-ms-visibility'] === 'internal');
}

function visibleParameters(operation: Json): Json[] {
  return ((operation.parameters ?? []) as Json[]).filter(
    (p) => p['x-ms-visibility'] !== 'internal' && !(p.in === 'body' && onlyInternal(p.schema)),
  );
}

function checkParameters(seedOperation: SeedOperation, operation: Json): void {
  const parameters = visibleParameters(operation);
  const extras = EXTRA_PARAMETERS[seedOperation.summary] ?? [];
  expect(parameters.map((p) => p.name)).toEqual([...seedOperation.parameters.map((p) => p.key), ...extras]);
  for (const expected of seedOperation.parameters) {
    const actual = parameters.find((p) => p.name === expected.key)!;
    expect(
      {
        name: actual['x-ms-summary'],
        required: actual.required === true,
        type: pageType(actual),
        description: actual.description,
      },
      `${seedOperation.summary} › ${expected.key}`,
    ).toEqual({ name: expected.name, required: expected.required, type: expected.type, description: expected.description });
  }
}

function successResponse(operation: Json): Json | undefined {
  const code = Object.keys(operation.responses as Json).find((c) => /^2\d\d$/.test(c));
  return code ? (operation.responses as Json)[code] : undefined;
}

describe('actions', () => {
  it('are exactly the ones the page lists', () => {
    const ours = mounted
      .filter((m) => !m.operation['x-ms-trigger'] && m.operation['x-ms-visibility'] !== 'internal')
      .map((m) => m.operation.summary)
      .sort();
    expect(ours).toEqual(seed.actions.map((a) => a.summary).sort());
  });

  describe.each(seed.actions.map((a) => [a.summary, a] as const))('%s', (_, action) => {
    const { operation } = find(action.summary, false);

    it('has the page description', () => {
      expect(operation.description).toBe(action.description);
    });

    it('has the page parameters: keys, display names, required flags, types, descriptions', () => {
      checkParameters(action, operation);
    });

    it('returns what the page says', () => {
      const schema = successResponse(operation)?.schema as Json | undefined;
      if (!action.returns) {
        expect(schema, 'the page lists no outputs').toBeUndefined();
        return;
      }
      expect(schema).toBeDefined();
      const field = action.returns.fields[0];
      if (action.returns.description === 'The outputs of this operation are dynamic.') {
        expect(pageType(schema!)).toBe('dynamic');
      } else if (field && field.name === 'Body') {
        expect(pageType(schema!)).toBe(field.type);
        expect(swagger.definitions[field.type].description).toBe(action.returns.description);
      } else if (field) {
        expect(pageType(schema!)).toBe(field.type);
      } else {
        expect(swagger.definitions[definitionName(schema!)!].description).toBe(action.returns.description);
      }
    });

    it('is marked Preview exactly when the page says so', () => {
      const preview = action.summary.includes('(Preview)');
      expect(operation['x-ms-api-annotation']?.status === 'Preview').toBe(preview);
    });
  });
});

describe('triggers', () => {
  it('are exactly the ones the page lists', () => {
    const ours = mounted.filter((m) => m.operation['x-ms-trigger']).map((m) => m.operation.summary).sort();
    expect(ours).toEqual(seed.triggers.map((t) => t.summary).sort());
  });

  describe.each(seed.triggers.map((t) => [t.summary, t] as const))('%s', (_, trigger) => {
    const { operation, pathItem } = find(trigger.summary, true);

    it('has the page description and parameters', () => {
      expect(operation.description).toBe(trigger.description);
      checkParameters(trigger, operation);
    });

    it('delivers the page payload as its notification content', () => {
      const payload = definitionName(pathItem['x-ms-notification-content'].schema)!;
      expect(swagger.definitions[payload].description).toBe(trigger.returns?.description);
    });

    it('is a webhook: subscribe answers 201 with a Location, and a callback URL travels in the body', () => {
      expect(operation['x-ms-trigger']).toBe('single');
      expect(operation.responses['201'].headers.Location.type).toBe('string');
      const body = (operation.parameters as Json[]).find((p) => p.in === 'body')!;
      const callback = Object.entries(body.schema.properties as Json).find(([, s]) => (s as Json)['x-ms-notification-url']);
      expect(callback).toBeDefined();
      expect(body.schema.required).toContain(callback![0]);
    });
  });
});

describe('definitions', () => {
  describe.each(seed.definitions.map((d) => [d.name, d] as const))('%s', (name, definition) => {
    const schema = swagger.definitions[name] as Json;

    it('exists with the page description', () => {
      expect(schema).toBeDefined();
      expect(schema.description).toBe(definition.description);
    });

    it('has the page fields in order, with their types and descriptions', () => {
      // The page lists an array's item schema as a row of its own ("items", path of the array).
      const rows = definition.fields.filter((f) => f.name !== 'items');
      expect(Object.keys(schema.properties)).toEqual(rows.map((f) => f.path));
      for (const field of rows) {
        const property = schema.properties[field.path] as Json;
        expect(
          { name: property['x-ms-summary'] ?? field.path, type: pageType(property), description: property.description ?? '' },
          `${name}.${field.path}`,
        ).toEqual({ name: field.name, type: field.type, description: field.description });
      }
    });
  });
});

describe('the connector', () => {
  it('has the page title and summary', () => {
    expect(seed.title).toContain(swagger.info.title);
    expect(swagger.info.description).toBe(seed.summary);
  });

  it('declares the page throttling limits once, in TypeScript', () => {
    expect(
      throttlingPolicies.map((p) => ({ name: p.name, calls: p.calls, renewalPeriod: `${p.renewalPeriodSeconds} seconds` })),
    ).toEqual(seed.throttling);
  });

  it('keeps operation ids unique and PascalCase, and no two paths equal ignoring case', () => {
    const ids = mounted.map((m) => m.operation.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    const lower = Object.keys(swagger.paths).map((p) => p.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('url-encodes every path parameter', () => {
    for (const { operation } of mounted) {
      for (const p of (operation.parameters ?? []) as Json[]) {
        if (p.in === 'path') expect(p['x-ms-url-encoding'], `${operation.operationId}.${p.name}`).toBe('single');
      }
    }
  });

  it('pairs the V1/V2 actions in one x-ms-api-annotation family', () => {
    const families = new Map<string, number[]>();
    for (const { operation } of mounted) {
      const annotation = operation['x-ms-api-annotation'];
      if (annotation?.family) families.set(annotation.family, [...(families.get(annotation.family) ?? []), annotation.revision]);
    }
    expect(Object.fromEntries(families)).toEqual({ GetPartitions: [1, 2], SendStatusReport: [1, 2] });
  });
});
