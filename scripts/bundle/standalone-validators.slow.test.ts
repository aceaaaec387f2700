/**
 * Generating the standalone code compiles the whole schema (a second or more), so this runs under
 * `npm run test:slow`; CI runs it, and the package test validates with the shipped validators.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schemaModule from '../validate/swagger-schema-ajv.js';
import type { SwaggerValidators } from '../validate/swagger-schema-ajv.js';
import { standaloneValidatorsModule } from './standalone-validators.mjs';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the repository, so the generated code's require() calls find ajv's runtime in node_modules.
const dir = path.join(root, '.tmp', `standalone-validators-${process.pid}`);
let precompiled: SwaggerValidators;
let runtime: SwaggerValidators;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'validators.mjs');
  writeFileSync(file, `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${standaloneValidatorsModule(schemaModule)}`);
  precompiled = ((await import(pathToFileURL(file).href)) as { swaggerValidators(): SwaggerValidators }).swaggerValidators();
  runtime = schemaModule.compileSwaggerValidators();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ours = JSON.parse(readFileSync(path.join(root, 'generated', 'apiDefinition.swagger.json'), 'utf8')) as Record<string, unknown>;
const broken: [string, unknown][] = [
  ['an unknown root key', { ...ours, servers: [] }],
  ['a parameter in the wrong place', { ...ours, parameters: { bad: { name: 'x', in: 'cookie', type: 'string' } } }],
  ['a security scheme of no known type', { ...ours, securityDefinitions: { k: { type: 'token' } } }],
  ['a host with a scheme', { ...ours, host: 'https://example.com' }],
  ['paths of the wrong type', { ...ours, paths: [] }],
  ['no info', { swagger: '2.0', paths: {} }],
];

describe('the precompiled Swagger 2.0 validators (ajv standalone code, as the compiled CLI ships them)', () => {
  it('accept what the validators compiled at run time accept', () => {
    expect(runtime.document(ours)).toBe(true);
    expect(precompiled.document(ours)).toBe(true);
  });

  it.each(broken)('report exactly the run-time errors for %s', (_, document) => {
    expect(runtime.document(document)).toBe(false);
    expect(precompiled.document(document)).toBe(false);
    expect(precompiled.document.errors).toEqual(runtime.document.errors);
  });

  it('have every definition of the schema, each agreeing with its run-time twin', () => {
    const parameter = { name: 'x', in: 'cookie', type: 'string' };
    for (const name of schemaModule.definitionNames()) {
      const mine = precompiled.definition(name);
      const theirs = runtime.definition(name);
      expect(mine, name).toBeTypeOf('function');
      expect(mine!(parameter), name).toBe(theirs!(parameter));
      expect(mine!.errors ?? null, name).toEqual(theirs!.errors ?? null);
    }
    expect(precompiled.definition('noSuchDefinition')).toBeUndefined();
  });
});
