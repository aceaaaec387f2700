/**
 * `insights-connector init <dir>`: scaffold a new kit connector (scripts/init/scaffold.ts). Refuses
 * a folder that already holds any of the files, so nothing of the user's is overwritten.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KIT_EXPORT, scaffoldFiles, titleFromFolder } from '../../init/scaffold.js';
import type { Command, OptionSpec } from '../command.js';
import { parseArgs } from '../parse-args.js';
import { shellQuote } from '../shell-quote.js';
import { UsageError } from '../usage-error.js';

const HOST = /^[A-Za-z0-9.-]+(:\d+)?$/;

const options = {
  title: { type: 'string', value: 'TEXT', description: "the connector's title (default: from the folder name)" },
  host: { type: 'string', value: 'HOST', description: "the backend's host name (default: api.example.com)" },
  kit: { type: 'string', value: 'SPECIFIER', description: `where the files import the kit from (default: ${KIT_EXPORT})` },
} as const satisfies Record<string, OptionSpec>;

export const init: Command = {
  help: {
    usage: 'init <dir> [options]',
    arguments: { '<dir>': 'the folder to create the connector in (created when missing)' },
    options,
    exitCodes: { 0: 'scaffolded', 2: 'usage error, or the folder already holds one of the files' },
    examples: ['npx insights-connector init my-service && npx insights-connector build --definition my-service/index.ts --out my-service/out'],
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length !== 1) throw new UsageError(`give exactly one folder (got ${positionals.length})`);
    // Most often an unset shell variable: scaffolding into the current folder instead would surprise.
    if (positionals[0]!.trim() === '') throw new UsageError("the folder is an empty name; give one (use '.' for the current folder)");
    const dir = path.resolve(positionals[0]!);
    const title = values.title ?? titleFromFolder(path.basename(dir));
    if (title.length > 30) throw new UsageError(`--title must be at most 30 characters, got ${title.length}`);
    const host = values.host ?? 'api.example.com';
    if (!HOST.test(host)) throw new UsageError(`--host must be a bare host name (no scheme, no path), got '${host}'`);
    const files = scaffoldFiles({ title, host, kit: values.kit ?? KIT_EXPORT });
    const existing = [...files.keys()].filter((name) => existsSync(path.join(dir, name)));
    if (existing.length > 0) throw new UsageError(`${positionals[0]} already has ${existing.join(', ')}; init writes into a new folder`);
    for (const [name, content] of files) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), content);
      process.stdout.write(`  wrote ${path.join(positionals[0]!, name)}\n`);
    }
    process.stdout.write(
      `Scaffolded ${title}. Build it: npx insights-connector build --definition ${shellQuote(path.join(positionals[0]!, 'index.ts'))} --out ${shellQuote(path.join(positionals[0]!, 'out'))}\n`,
    );
    return 0;
  },
};
