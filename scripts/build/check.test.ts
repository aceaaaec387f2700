import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSwagger } from './check.js';

const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withRef = (ref: string) => ({
  swagger: '2.0',
  info: { title: 'Contoso', version: '1.0' },
  paths: { '/a': { get: { operationId: 'A', responses: { '200': { description: 'OK', schema: { type: 'object', example: { $ref: ref } } } } } } },
  'x-notes': { $ref: ref },
});

describe('checkSwagger', () => {
  it('reads no file a $ref names, as the validator does not', async () => {
    // Before: swagger-parser opened these (a missing one failed the build, /dev/zero grew memory without bound).
    const garbage = path.join(dir, 'garbage.yaml');
    writeFileSync(garbage, ': : : not yaml [');
    expect(await checkSwagger(withRef(garbage))).toEqual([]);
    expect(await checkSwagger(withRef(path.join(dir, 'missing.json')))).toEqual([]);
    expect(await checkSwagger(withRef('/dev/zero'))).toEqual([]);
  });

  it('still reports its semantic findings', async () => {
    const duplicate = {
      swagger: '2.0',
      info: { title: 'Contoso', version: '1.0' },
      paths: { '/a/{id}': { get: { operationId: 'A', responses: { '200': { description: 'OK' } } } } },
    };
    expect(await checkSwagger(duplicate)).toMatchObject([{ code: 'swagger-parser', severity: 'error' }]);
  });
});
