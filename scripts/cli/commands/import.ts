/**
 * `insights-connector import <connector folder | swagger file> --out <dir>`: write an existing
 * connector as a kit project (scripts/import/). Exit 0 when everything was expressed, 1 when
 * something could not be (each finding names its file and JSON pointer; the rest is written), 2
 * for usage errors and inputs that cannot be read.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../../validate/formatters/text.js';
import { findingJson, importConnector, ImportInputError, leavesSomethingOut } from '../../import/index.js';
import { KIT_EXPORT } from '../../init/scaffold.js';
import type { Command, OptionSpec } from '../command.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const options = {
  out: { type: 'string', value: 'DIR', description: 'the folder to write the project into (must not exist, or be empty)' },
  kit: { type: 'string', value: 'SPECIFIER', description: `where the files import the kit from (default: ${KIT_EXPORT})` },
  format: { type: 'string', value: 'text|json', description: 'how to print the findings (default: text)' },
} as const satisfies Record<string, OptionSpec>;

export const importCommand: Command = {
  help: {
    usage: 'import <connector folder | swagger file> --out <dir> [options]',
    arguments: { '<connector folder | swagger file>': 'a folder with apiDefinition.swagger.json (and apiProperties.json, settings.json, script.csx, icon.png), or a swagger file; JSON (read leniently, as the platform does, when not strict) or YAML' },
    options,
    exitCodes: {
      0: 'imported: the project builds back to the same swagger and apiProperties (not-strict-json findings only say an input file was read leniently)',
      1: 'something could not be expressed in the kit (findings name it; the rest is written)',
      2: 'usage error, or an input that cannot be read',
    },
    examples: ['npx insights-connector import certified-connectors/Contoso --out contoso && npx insights-connector build --definition contoso/index.ts --out out'],
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
    if (positionals.length !== 1) throw new UsageError(`give exactly one connector folder or swagger file (got ${positionals.length})`);
    if (!values.out) throw new UsageError('--out DIR is required');
    const out = path.resolve(values.out);
    if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length > 0)) {
      throw new UsageError(`--out ${values.out} ${statSync(out).isDirectory() ? 'is not empty' : 'is a file'}; import writes into a new folder`);
    }
    let result;
    try {
      result = importConnector(positionals[0]!, { kit: values.kit ?? KIT_EXPORT });
    } catch (error) {
      if (error instanceof ImportInputError) throw new UsageError(error.message);
      throw error;
    }
    if (result.files.size > 0) await writeProject(out, result.files);
    if (format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ files: [...result.files.keys()], findings: result.findings.map(findingJson), summary: { findings: result.findings.length } }, null, 2)}\n`,
      );
    } else {
      // The one text rendering of a finding, as validate and build print theirs.
      for (const f of result.findings) process.stderr.write(`${formatDiagnostic(path.relative(process.cwd(), f.file) || f.file, f)}\n`);
      process.stdout.write(
        result.files.size > 0
          ? `Imported into ${values.out}/: ${result.files.size} files, ${result.findings.length} finding(s).\n`
          : `Nothing was imported: ${result.findings.length} finding(s).\n`,
      );
    }
    // Input read leniently is still expressed whole: only what the project leaves out fails the import.
    return result.findings.some(leavesSomethingOut) ? 1 : 0;
  },
};

/** Written into a staging folder beside `out`, then moved into place: nothing half-written. */
async function writeProject(out: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  const staging = path.join(path.dirname(out), `.${path.basename(out)}.import-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [name, content] of files) {
      await mkdir(path.dirname(path.join(staging, name)), { recursive: true });
      await writeFile(path.join(staging, name), content);
    }
    await rm(out, { recursive: true, force: true });
    await mkdir(path.dirname(out), { recursive: true });
    await rename(staging, out);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
