/**
 * The published reference says what the specification says. generated/README.md is read back
 * through its Markdown tables (not through the model it was rendered from) and compared, operation
 * by operation and definition by definition, with the connector's reference page
 * (test/seed/connector-reference.txt). A difference in a display name, key, required flag, type or
 * description fails here, naming the operation and the row.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReference } from '../scripts/build/readme/read-reference.js';
import type { ReadOperation } from '../scripts/build/readme/read-reference.js';
import type { ReferenceParameter } from '../scripts/build/readme/reference/model.js';
import { parseSeed } from './seed/parse-seed.js';
import type { SeedOperation } from './seed/parse-seed.js';

const seed = parseSeed(readFileSync(fileURLToPath(new URL('./seed/connector-reference.txt', import.meta.url)), 'utf8'));
const readme = readReference(readFileSync(fileURLToPath(new URL('../generated/README.md', import.meta.url)), 'utf8'));

/**
 * Parameters the definition adds on purpose beyond the page's tables. Each needs the reason the
 * definition gives for it; the test also fails if one of them disappears, so this list cannot go stale.
 */
const ADDED_PARAMETERS: readonly { operation: string; key: string; why: string }[] = [
  {
    operation: 'Get items from an entity',
    key: '$skip',
    why: 'the specification\'s known limitations: page through the 100-calls-per-60-seconds limit by calling the endpoint several times with $skip',
  },
];

function withoutAdded(operation: ReadOperation): ReferenceParameter[] {
  return operation.parameters.filter((p) => !ADDED_PARAMETERS.some((a) => a.operation === operation.summary && a.key === p.key));
}

function find(operations: readonly ReadOperation[], summary: string): ReadOperation {
  const found = operations.find((o) => o.summary === summary);
  if (!found) throw new Error(`generated/README.md has no reference entry '${summary}'`);
  return found;
}

describe('generated/README.md reference against the connector reference page', () => {
  it('has the throttling table of the page', () => {
    expect(readme.throttling).toEqual(seed.throttling);
  });

  it('lists the actions, triggers and definitions of the page, in its order', () => {
    expect(readme.actions.map((o) => o.summary)).toEqual(seed.actions.map((o) => o.summary));
    expect(readme.triggers.map((o) => o.summary)).toEqual(seed.triggers.map((o) => o.summary));
    expect(readme.definitions.map((d) => d.name)).toEqual(seed.definitions.map((d) => d.name));
  });

  const operations: [string, SeedOperation, () => ReadOperation][] = [
    ...seed.actions.map((o): [string, SeedOperation, () => ReadOperation] => [`action '${o.summary}'`, o, () => find(readme.actions, o.summary)]),
    ...seed.triggers.map((o): [string, SeedOperation, () => ReadOperation] => [`trigger '${o.summary}'`, o, () => find(readme.triggers, o.summary)]),
  ];

  describe.each(operations)('%s', (_label, expected, actual) => {
    it('has the description of the page', () => {
      expect(actual().description).toBe(expected.description);
    });

    it('has the parameters of the page: Name, Key, Required, Type, Description', () => {
      expect(withoutAdded(actual())).toEqual(expected.parameters);
    });

    it('returns what the page says it returns', () => {
      const returns = actual().returns;
      if (!expected.returns) {
        expect(returns).toBeUndefined();
        return;
      }
      expect(returns).toBeDefined();
      expect(returns!.description).toBe(expected.returns.description);
      // Every row the page shows is there. The README also names the definition behind every
      // description-only output (the page does so for Get entities only); such an extra row must be
      // the body row of a definition whose own description is the one stated above it.
      expect(returns!.fields).toEqual(expect.arrayContaining(expected.returns.fields));
      const extra = returns!.fields.filter((f) => !expected.returns!.fields.some((e) => JSON.stringify(e) === JSON.stringify(f)));
      for (const row of extra) {
        expect(row).toMatchObject({ name: 'Body', path: '', description: '' });
        const definition = readme.definitions.find((d) => d.name === row.type);
        expect(definition, `the body row names '${row.type}', which the reference does not define`).toBeDefined();
        expect(definition!.description).toBe(expected.returns.description);
      }
    });
  });

  it.each(ADDED_PARAMETERS.map((a) => [a.operation, a.key, a.why] as const))(
    "'%s' adds '%s' beyond the page (%s) and the README documents it",
    (operation, key) => {
      const found = [...readme.actions, ...readme.triggers].find((o) => o.summary === operation);
      expect(found?.parameters.map((p) => p.key)).toContain(key);
      const onPage = [...seed.actions, ...seed.triggers].find((o) => o.summary === operation);
      expect(onPage?.parameters.map((p) => p.key)).not.toContain(key);
    },
  );

  describe.each(seed.definitions.map((d) => [d.name, d] as const))('definition %s', (name, expected) => {
    it('has the description and the Name | Path | Type | Description rows of the page', () => {
      const actual = readme.definitions.find((d) => d.name === name);
      expect(actual).toBeDefined();
      expect(actual!.description).toBe(expected.description);
      expect(actual!.fields).toEqual(expected.fields);
    });
  });
});
