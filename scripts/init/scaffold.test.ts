import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AssembledConnector } from '../../connector/kit/index.js';
import { main } from '../cli/main.js';
import { scaffoldFiles, titleFromFolder } from './scaffold.js';

// The types step loads TypeScript (seconds); the scaffold's types are checked in init.slow.test.ts.
vi.mock('../build/types.js', async (original) => ({ ...(await original<typeof import('../build/types.js')>()), missingTypeGenerator: () => 'typescript' }));
const { buildPackage } = await import('../build/build.js');

const KIT = path.resolve(import.meta.dirname, '../../connector/kit/index.js');
const temp = await mkdtemp(path.join(tmpdir(), 'kit-init-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

async function quiet(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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

describe('titleFromFolder', () => {
  it.each([
    ['my-weather-connector', 'My Weather'],
    ['contoso_api', 'Contoso'],
    ['connector', 'My Service'],
    ['a'.repeat(40), `A${'a'.repeat(29)}`],
  ])('%s → %s', (folder, title) => expect(titleFromFolder(folder)).toBe(title));
});

describe('insights-connector init', () => {
  it('writes index.ts, one operation, one definition, apiProperties, a test and an ESM package.json', () => {
    const files = scaffoldFiles({ title: 'Contoso', host: 'api.contoso.com', kit: 'customer-insights-connector/kit' });
    expect([...files.keys()]).toEqual(['index.ts', 'operations/GetItem.ts', 'definitions/Item.ts', 'api-properties.ts', 'index.test.ts', 'package.json']);
    expect(files.get('operations/GetItem.ts')).toContain("schema: ref(Item)");
    expect(files.get('index.ts')).toContain("import { assemble } from 'customer-insights-connector/kit';");
    expect(JSON.parse(files.get('package.json')!)).toEqual({ private: true, type: 'module' });
  });

  it('scaffolds a connector that assembles and passes every check of the build with no finding at all', async () => {
    const dir = path.join(temp, 'contoso');
    const result = await quiet(['init', dir, '--kit', KIT]);
    expect(result.code, result.stderr).toBe(0);
    const module = (await import(pathToFileURL(path.join(dir, 'index.ts')).href)) as { default: () => AssembledConnector };
    const connector = module.default();
    expect(connector.document.info.title).toBe('Contoso');
    const built = await buildPackage(connector, { settingsFolder: 'out' });
    expect(built.reports.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(built.files.get('README.md')?.toString()).toContain('every call sends it in the `X-Api-Key` header');
  });

  it('refuses to write over an existing scaffold, and bad options, with exit 2', async () => {
    const dir = path.join(temp, 'twice');
    expect((await quiet(['init', dir, '--kit', KIT])).code).toBe(0);
    const again = await quiet(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has index\.ts/);
    expect((await quiet(['init'])).code).toBe(2);
    const empty = await quiet(['init', '']);
    expect([empty.code, empty.stdout]).toEqual([2, '']);
    expect(empty.stderr).toMatch(/the folder is an empty name; give one \(use '\.' for the current folder\)/);
    expect((await quiet(['init', path.join(temp, 'x'), '--host', 'https://x.example.com/path'])).stderr).toMatch(/--host must be a bare host name/);
  });

  it('prints the build command so that it pastes into a shell as written, a folder with a space included', async () => {
    const dir = path.join(temp, "my service's");
    const result = await quiet(['init', dir, '--kit', KIT]);
    expect(result.code).toBe(0);
    const quote = (file: string) => `'${path.join(dir, file).replaceAll("'", "'\\''")}'`;
    expect(result.stdout).toContain(`Build it: npx insights-connector build --definition ${quote('index.ts')} --out ${quote('out')}\n`);
  });
});
