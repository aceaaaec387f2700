/**
 * `build --definition` on a kit connector outside this repository, as a process: `.ts` and `.mts`,
 * with no package.json of its own (CommonJS to Node and tsx), with an ESM one and with a CommonJS
 * one. Each builds and writes a README that says only what its definition declares.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/insights-connector.mjs');
const KIT = pathToFileURL(path.join(ROOT, 'connector/kit/index.js')).href;
const temp = await mkdtemp(path.join(tmpdir(), 'kit-definition-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

const definition = `import { assemble, defineAction, defineDefinition, ref } from '${KIT}';
const Pet = defineDefinition('Pet', { type: 'object', properties: { name: { type: 'string', description: 'The name of the pet.' } } });
const GetPet = defineAction({
  method: 'get', path: '/pets/{id}', operationId: 'GetPet', summary: 'Get a pet', description: 'Reads one pet by its id.',
  parameters: [{ name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Pet Id', description: 'The id of the pet.', 'x-ms-url-encoding': 'single' }],
  responses: { '200': { description: 'OK', schema: ref(Pet) } },
});
export default () => assemble({
  document: {
    swagger: '2.0',
    info: { title: 'Pets', description: 'Reads the pets of a pet store by their id.', version: '1.0', contact: { name: 'Pets', url: 'https://pets.example.com' } },
    host: 'pets.example.com', basePath: '/', schemes: ['https'], consumes: [], produces: ['application/json'],
    securityDefinitions: { api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header' } },
  },
  operations: [GetPet], definitions: [Pet], throttlingPolicies: [],
  apiProperties: { properties: { connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'Your key.', constraints: { required: 'true' } } } }, iconBrandColor: '#336699', capabilities: ['actions'] } },
});
`;

describe('build --definition outside the repository', () => {
  it.each([
    { name: 'ts-no-package', file: 'index.ts', manifest: undefined },
    { name: 'mts-no-package', file: 'index.mts', manifest: undefined },
    { name: 'ts-esm-package', file: 'index.ts', manifest: { type: 'module' } },
    { name: 'ts-cjs-package', file: 'index.ts', manifest: { type: 'commonjs' } },
  ])('builds $name', async ({ name, file, manifest }) => {
    const dir = path.join(temp, name);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, file), definition);
    if (manifest) await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, ...manifest }));
    const { stdout } = await run(process.execPath, [BIN, 'build', '--definition', file, '--out', 'out'], { cwd: dir });
    expect(stdout).toMatch(/Built Pets \(custom profile\): 1 operations, 1 definitions/);
    const swagger = JSON.parse(await readFile(path.join(dir, 'out/apiDefinition.swagger.json'), 'utf8'));
    expect(swagger.paths['/pets/{id}'].get.responses['200'].schema).toEqual({ $ref: '#/definitions/Pet' });
    const readme = await readFile(path.join(dir, 'out/README.md'), 'utf8');
    expect(readme).toContain('every call sends it in the `X-Api-Key` header');
    expect(readme).not.toContain('Customer Insights');
  }, 60_000);

  it.each(['index.ts', 'index.mjs'])('builds %s importing the kit by the package name where the package is not installed, with the kit of the command line', async (file) => {
    const dir = path.join(temp, `by-package-name-${file}`);
    await mkdir(dir, { recursive: true });
    // The kit is TypeScript in a clone: a JavaScript definition gets it through the TypeScript loader too.
    await writeFile(path.join(dir, file), definition.replace(KIT, 'customer-insights-connector/kit'));
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    const { stdout } = await run(process.execPath, [BIN, 'build', '--definition', file, '--out', 'out'], { cwd: dir });
    expect(stdout).toMatch(/Built Pets \(custom profile\): 1 operations, 1 definitions/);
    const swagger = JSON.parse(await readFile(path.join(dir, 'out/apiDefinition.swagger.json'), 'utf8'));
    expect(swagger.paths['/pets/{id}'].get.responses['200'].schema).toEqual({ $ref: '#/definitions/Pet' });
  }, 60_000);

  it('names a package the definition imports that is not installed anywhere, instead of calling the definition missing', async () => {
    const dir = path.join(temp, 'missing-package');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.ts'), "import { x } from 'no-such-package-for-tests/sub';\nexport default () => x;\n");
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    const failed = await run(process.execPath, [BIN, 'build', '--definition', 'index.ts', '--out', 'out'], { cwd: dir }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/index\.ts: the definition cannot be loaded: it imports 'no-such-package-for-tests[^']*', and the package 'no-such-package-for-tests' is not installed where the definition is/);
  }, 60_000);
});
