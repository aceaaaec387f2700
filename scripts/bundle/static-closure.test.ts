import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticClosure } from './static-closure.mjs';

// A real split bundle, shaped like the command line's: an entry that imports a helper statically
// (shared with a command, so it becomes a chunk) and loads the command with import().
let dir: string;
let metafile: Parameters<typeof staticClosure>[0];
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'static-closure-'));
  const files: Record<string, string> = {
    'main.ts': "import { shared } from './shared';\nimport { help } from './help';\nexport const main = async (a: string) => (a === '-h' ? help(shared) : (await import('./command')).run());\n",
    'help.ts': 'export const help = (s: string) => `help ${s}`;\n',
    'shared.ts': "export const shared = 'shared';\n",
    'command.ts': "import { shared } from './shared';\nimport { deep } from './deep';\nexport const run = () => shared + deep;\n",
    'deep.ts': "export const deep = 'deep';\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  ({ metafile } = await build({
    absWorkingDir: dir,
    entryPoints: { main: 'main.ts' },
    outdir: path.join(dir, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    metafile: true,
    write: false,
    logLevel: 'silent',
  }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('staticClosure', () => {
  it("lists the entry's sources and those of the chunks it imports statically, not what import() loads", () => {
    expect(staticClosure(metafile, 'main.ts')).toEqual(['help.ts', 'main.ts', 'shared.ts']);
  });

  it('names the entry point it cannot find', () => {
    expect(() => staticClosure(metafile, 'other.ts')).toThrow(/no output for the entry point other\.ts/);
  });
});
