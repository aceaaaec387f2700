/**
 * Table tests over hand-written connectors (fixtures/): a webhook trigger with dynamic payload,
 * pickers and dynamic schemas with shared parameters and responses and cyclic definitions,
 * policies with polling and path-level parameters, connectionParameterSets with a script and a
 * settings.json naming the files, YAML input, and constructs Swagger 2.0 has no place for. Each
 * project is written, loaded and assembled as `build --definition` does, and must give back the
 * connector's own swagger and apiProperties as JSON values.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AssembledConnector } from '../../connector/kit/index.js';
import { orderSwagger } from '../build/swagger-order.js';
import { main } from '../cli/main.js';
import { toStableJson } from '../core/stable-json.js';
import { importConnector } from './index.js';
import { readConnector } from './read.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const KIT = path.resolve(import.meta.dirname, '../../connector/kit/index.js');
const temp = await mkdtemp(path.join(tmpdir(), 'kit-import-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  return value;
}

async function importAndLoad(fixture: string, input = path.join(FIXTURES, fixture)) {
  const result = importConnector(input, { kit: KIT });
  const out = path.join(temp, fixture);
  for (const [name, content] of result.files) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), content);
  }
  const module = (await import(pathToFileURL(path.join(out, 'index.ts')).href)) as { default: () => AssembledConnector };
  const connector = module.default();
  // What the build writes: the swagger in its order, as stable JSON.
  const swagger = JSON.parse(toStableJson(orderSwagger(connector.document)));
  const apiProperties = JSON.parse(toStableJson(connector.apiProperties));
  return { result, out, connector, swagger, apiProperties };
}

describe('import round trips', () => {
  it.each([
    { fixture: 'webhook', files: ['script.csx', 'icon.png', 'operations/OnFormSubmitted.ts', 'definitions/Hook.ts'] },
    { fixture: 'dynamic', files: ['parameters.ts', 'responses.ts', 'operations/Get_category.ts', 'definitions/Error_Response.ts', 'definitions/default_.ts'] },
    { fixture: 'policies', files: ['operations/OnNewAlerts.ts', 'operations/ResolveAlert.ts', 'operations/Ping.ts'] },
    { fixture: 'connection-sets', files: ['script.csx', 'operations/PostEntry.ts'] },
    { fixture: 'yaml', files: ['definitions/Conditions.ts'] },
    // Names special to JavaScript objects stay members everywhere (definitions, properties, path parameters, connection parameters).
    { fixture: 'reserved-names', files: ['operations/proto__2.ts', 'operations/constructor2.ts', 'definitions/proto__.ts', 'definitions/constructor.ts'] },
  ])('$fixture builds back to the same swagger and apiProperties, with no finding', async ({ fixture, files }) => {
    const { result, swagger, apiProperties, out } = await importAndLoad(fixture);
    expect(result.findings).toEqual([]);
    const source = readConnector(path.join(FIXTURES, fixture));
    expect(sorted(swagger)).toEqual(sorted(source.swagger.value));
    expect(sorted(apiProperties)).toEqual(sorted(source.apiProperties!.value));
    for (const file of ['index.ts', 'api-properties.ts', 'package.json', ...files]) expect(result.files.has(file), file).toBe(true);
    expect(await readFile(path.join(out, 'index.ts'), 'utf8')).toMatch(/^export default function connector\(\): AssembledConnector \{$/m);
  });

  it('copies script.csx and the icon byte for byte, from the files settings.json names', async () => {
    const { result } = await importAndLoad('connection-sets');
    expect(result.files.get('script.csx')).toEqual(await readFile(path.join(FIXTURES, 'connection-sets/code.csx')));
    const webhook = importConnector(path.join(FIXTURES, 'webhook'), { kit: KIT });
    expect(webhook.files.get('icon.png')).toEqual(await readFile(path.join(FIXTURES, 'webhook/icon.png')));
  });

  it('writes refs as ref(Definition), importing the unit, except inside a cycle of definitions', () => {
    const { files } = importConnector(path.join(FIXTURES, 'dynamic'), { kit: KIT });
    const text = (name: string) => files.get(name)!.toString();
    expect(text('definitions/CatalogPage.ts')).toContain("import { Catalog } from './Catalog.js';");
    expect(text('definitions/CatalogPage.ts')).toContain('items: ref(Catalog)');
    // Catalog and Owner refer to each other, Category to itself: module imports would meet uninitialized bindings.
    expect(text('definitions/Owner.ts')).toContain("items: { $ref: '#/definitions/Catalog' }");
    expect(text('definitions/Category.ts')).toContain("items: { $ref: '#/definitions/Category' }");
    expect(text('definitions/Error.ts')).toContain('allOf: [ref(Error_Response), ');
    expect(text('parameters.ts')).toMatch(/^export const catalog: PlatformParameter = \{$/m);
    expect(text('responses.ts')).toContain("export const NotFound: PlatformResponse = { description: 'No such catalog or item.', schema: ref(Error) };");
    expect(text('index.ts')).toContain('parameters: { catalog, top }');
  });

  it('keeps a YAML string with quotes, backslashes and line breaks exact', async () => {
    const { swagger } = await importAndLoad('yaml');
    expect(swagger.definitions.Conditions.properties.note.description).toBe("Quotes ' and \\ and a line\nbreak");
  });

  it('reports what Swagger 2.0 has no place for at its pointer, and writes the rest', async () => {
    const { result, swagger } = await importAndLoad('unsupported');
    expect(result.findings.map((f) => [f.code, f.severity, f.pointer])).toEqual([
      ['unsupported-key', 'warning', '/servers'],
      ['unsupported-key', 'warning', '/paths/~1things/get/requestBody'],
      ['unsupported-key', 'warning', '/paths/~1things/get/responses/200/schema/nullable'],
    ]);
    expect(swagger.paths['/things'].get.operationId).toBe('ListThings');
    expect(swagger).not.toHaveProperty('servers');
  });

  it('reads JSON the platform accepts but strict JSON does not, reporting each deviation at its line and column, and builds it back strictly', async () => {
    const { result, swagger, apiProperties } = await importAndLoad('lenient');
    const swaggerFile = path.join(FIXTURES, 'lenient/apiDefinition.swagger.json');
    const propertiesFile = path.join(FIXTURES, 'lenient/apiProperties.json');
    expect(result.findings.map((f) => [f.code, f.severity, f.file, `${f.line}:${f.column}`, f.pointer, f.message.split(':')[0]])).toEqual([
      ['not-strict-json', 'info', swaggerFile, '3:3', '', 'A // comment'],
      ['not-strict-json', 'info', swaggerFile, '4:56', '/info/description', 'A raw tab (U+0009) inside a string'],
      ['not-strict-json', 'info', swaggerFile, '7:22', '/schemes', "A trailing comma before ']'"],
      ['not-strict-json', 'info', swaggerFile, '12:9', '/paths/~1ends/get', 'A /* */ comment'],
      ['not-strict-json', 'info', swaggerFile, '13:128', '/paths/~1ends/get/responses/200/schema/properties', "A trailing comma before '}'"],
      ['not-strict-json', 'info', propertiesFile, '5:23', '/properties', "A trailing comma before '}'"],
    ]);
    expect(result.findings[0]!.message).toMatch(/not strict JSON, but the platform's JSON reader accepts it; the project builds strict JSON/);
    // The round trip is against the value the platform reads: the tab kept, nothing else lost.
    const source = readConnector(path.join(FIXTURES, 'lenient'));
    expect(sorted(swagger)).toEqual(sorted(source.swagger.value));
    expect(sorted(apiProperties)).toEqual(sorted(source.apiProperties!.value));
    expect(swagger.info.description).toBe('Tabs\tinside a description.');
    expect(swagger.schemes).toEqual(['https']);
  });

  it('refuses JSON the lenient reading does not take either (a missing comma), naming file, line and column', async () => {
    const dir = path.join(temp, 'missing-comma');
    await mkdir(dir, { recursive: true });
    const text = (await readFile(path.join(FIXTURES, 'lenient/apiDefinition.swagger.json'), 'utf8')).replace('"host": "loose.example.com",', '"host": "loose.example.com"');
    await writeFile(path.join(dir, 'apiDefinition.swagger.json'), text);
    expect(() => importConnector(dir, { kit: KIT })).toThrow(/apiDefinition\.swagger\.json:6:3: Expected ',' or '}' but found '"'\..*trailing commas, comments and raw control characters in strings/);
  });

  it('refuses a document that is not Swagger 2.0, writing nothing', async () => {
    const file = path.join(temp, 'openapi3.json');
    await writeFile(file, JSON.stringify({ openapi: '3.0.0', info: { title: 'x', version: '1' }, paths: {} }));
    const result = importConnector(file, { kit: KIT });
    expect(result.files.size).toBe(0);
    expect(result.findings).toContainEqual(expect.objectContaining({ code: 'not-swagger-2', severity: 'error', pointer: '/swagger' }));
  });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('insights-connector import', () => {
  it('imports a folder of JSON that is not strict: writes the project, prints each deviation with file:line:column, exits 0', async () => {
    const out = path.join(temp, 'cli-lenient');
    const text = await cli(['import', path.join(FIXTURES, 'lenient'), '--out', out, '--kit', KIT]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Imported into .*cli-lenient\/: \d+ files, 6 finding\(s\)/);
    // The one text rendering of a finding (validate's and build's): where - severity code: message (at pointer).
    expect(text.stderr).toMatch(/lenient\/apiDefinition\.swagger\.json:7:22 - info not-strict-json: A trailing comma before '\]': not strict JSON.* \(at \/schemes\)$/m);
    expect(text.stderr).toMatch(/lenient\/apiDefinition\.swagger\.json:4:56 - info not-strict-json: A raw tab \(U\+0009\) inside a string.* \(at \/info\/description\)$/m);
    expect(text.stderr).toMatch(/lenient\/apiProperties\.json:5:23 - info not-strict-json: .* \(at \/properties\)$/m);
    expect(await readFile(path.join(out, 'index.ts'), 'utf8')).toMatch(/^export default function connector\(\): AssembledConnector \{$/m);
    expect(await readFile(path.join(out, 'api-properties.ts'), 'utf8')).toContain("iconBrandColor: '#007ee5'");
    // validate keeps reading strictly: the same files are parse errors there.
    const validated = await cli(['validate', path.join(FIXTURES, 'lenient')]);
    expect(validated.code).toBe(1);
    expect(validated.stdout + validated.stderr).toMatch(/apiDefinition\.swagger\.json:3:3 - error parse-error/);
    const json = await cli(['import', path.join(FIXTURES, 'lenient'), '--out', path.join(temp, 'cli-lenient-json'), '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).findings[0]).toEqual({
      code: 'not-strict-json',
      message: expect.stringMatching(/^A \/\/ comment/),
      pointer: '',
      file: path.join(FIXTURES, 'lenient/apiDefinition.swagger.json'),
      line: 3,
      column: 3,
    });
  });

  it('exits 0 when everything was expressed, 1 with findings (naming file and pointer), 2 for usage', async () => {
    const ok = await cli(['import', path.join(FIXTURES, 'policies'), '--out', path.join(temp, 'cli-ok'), '--kit', KIT]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Imported into .*cli-ok\/: \d+ files, 0 finding\(s\)/);
    const partial = await cli(['import', path.join(FIXTURES, 'unsupported'), '--out', path.join(temp, 'cli-partial'), '--kit', KIT]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/apiDefinition\.swagger\.json - warning unsupported-key: 'requestBody' .* \(at \/paths\/~1things\/get\/requestBody\)$/m);
    const json = await cli(['import', path.join(FIXTURES, 'unsupported'), '--out', path.join(temp, 'cli-json'), '--format', 'json']);
    const printed = JSON.parse(json.stdout);
    expect(printed.summary).toEqual({ findings: 3 });
    // The JSON contract names code, message, pointer and file, in that order; the severity stays in the model.
    expect(Object.keys(printed.findings[0])).toEqual(['code', 'message', 'pointer', 'file']);
    expect((await cli(['import', path.join(FIXTURES, 'policies')])).code).toBe(2);
    expect((await cli(['import', path.join(FIXTURES, 'nope'), '--out', path.join(temp, 'x')])).stderr).toMatch(/no such file or folder/);
    const again = await cli(['import', path.join(FIXTURES, 'policies'), '--out', path.join(temp, 'cli-ok')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is not empty/);
  });
});
