/**
 * `build` on definitions that are broken in every way the hostile run found: each is exit 1 with
 * the file (and the line, when there is one) or exit 2 for a path that is no module or no folder,
 * and never a stack trace. In-process: the command's run() is what the CLI calls.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../scripts/cli/commands/build.js';
import { UsageError } from '../../scripts/cli/usage-error.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hostile-build-'));
writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
mkdirSync(path.join(dir, 'a-folder'));
writeFileSync(path.join(dir, 'a-file'), '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const definitions: Record<string, string> = {
  'syntax.ts': 'export default function ( {\n',
  'throws-on-load.ts': 'const x = 1;\nthrow new Error("boom at load " + x);\nexport default () => null;\n',
  'throws-in-define.ts': 'export default function define() {\n  throw new Error("boom in define");\n}\n',
  'null-export.ts': 'export default null;\n',
  'promise-export.ts': 'export default Promise.resolve(() => null);\n',
  'returns-null.ts': 'export default function define() {\n  return null;\n}\n',
  'returns-promise.ts': 'export default async function define() {\n  return {};\n}\n',
  'imports-missing-package.ts': "import { x } from 'no-such-package-for-tests/sub';\nexport default () => x;\n",
  'imports-missing-file.ts': "import { x } from './no-such-file.js';\nexport default () => x;\n",
};
for (const [name, text] of Object.entries(definitions)) writeFileSync(path.join(dir, name), text);

let stderr = '';
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const run = (definition: string, out = path.join(dir, 'out')) => build.run(['--definition', definition, '--out', out]);

describe('build with a broken definition', () => {
  it.each([
    ['syntax.ts', /syntax\.ts:\d+:\d+: the definition cannot be loaded/],
    ['throws-on-load.ts', /throws-on-load\.ts:2:\d+: the definition cannot be loaded: boom at load 1/],
    ['throws-in-define.ts', /throws-in-define\.ts:2:\d+: building the connector threw: boom in define/],
    ['null-export.ts', /null-export\.ts: the default export is null/],
    ['promise-export.ts', /promise-export\.ts: the default export is a Promise/],
    ['returns-null.ts', /returns-null\.ts: the default export returned null/],
    ['returns-promise.ts', /returns-promise\.ts: the default export returned a Promise/],
    // Not "no such module" for the definition, which is there: what is missing is named.
    ['imports-missing-package.ts', /imports-missing-package\.ts: the definition cannot be loaded: it imports 'no-such-package-for-tests(\/sub)?', and the package 'no-such-package-for-tests' is not installed where the definition is \(npm install no-such-package-for-tests\)/],
    ['imports-missing-file.ts', /imports-missing-file\.ts(:\d+:\d+)?: the definition cannot be loaded: .*no-such-file/],
  ])('%s: exit 1 with the file and line, no stack', async (name, message) => {
    expect(await run(path.join(dir, name))).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a --definition that is a folder, or missing, is a usage error (exit 2)', async () => {
    await expect(run(path.join(dir, 'a-folder'))).rejects.toThrow(UsageError);
    await expect(run(path.join(dir, 'a-folder'))).rejects.toThrow(/is a folder/);
    await expect(run(path.join(dir, 'nope.ts'))).rejects.toThrow(/no such module/);
  });

  it('an --out that is a file is a usage error (exit 2)', async () => {
    await expect(run(path.join(dir, 'returns-null.ts'), path.join(dir, 'a-file'))).rejects.toThrow(/--out must be a folder/);
  });
});
