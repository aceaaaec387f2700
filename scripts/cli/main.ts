/**
 * `insights-connector <command>`: the one entry point of the command line. Each command lives in
 * its own module, loaded only when asked for, so `validate` never pays for the type generator.
 *
 * A command module exports a `Command` (command.ts): its help spec as data and its `run`. To add a
 * command, write `commands/<name>.ts` and register it below with a one-line summary; `--help`,
 * `help <name>` and usage errors then render its spec like every other command's.
 *
 * Exit codes (shared by every command): 0 success, 1 the input has errors, 2 usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import type { Command } from './command.js';
import { missingPackage } from '../core/missing-module.js';
import { PROGRAM, renderCommandHelp } from './render-help.js';
import { UsageError } from './usage-error.js';

export type { Command, CommandHelp, OptionSpec } from './command.js';

export interface Entry {
  /** Kept here, not in the module, so the general help loads no command (and none of its dependencies). */
  summary: string;
  load(): Promise<Command>;
}

export const commands: Record<string, Entry> = {
  build: {
    summary: 'validate the TypeScript definition, then write everything under generated/',
    load: async () => (await import('./commands/build.js')).build,
  },
  validate: {
    summary: 'validate connector folders or files (swagger, apiProperties, settings; JSON or YAML)',
    load: async () => (await import('./commands/validate.js')).validate,
  },
  diff: {
    summary: 'classify the changes between two versions of a connector as breaking or not',
    load: async () => (await import('./commands/diff.js')).diff,
  },
  serve: {
    summary: 'run the mock Customer Insights backend on 127.0.0.1',
    load: async () => (await import('./commands/serve.js')).serve,
  },
  types: {
    summary: "write one TypeScript row type per entity of a dataset, from the connector's metadata operation",
    load: async () => (await import('./commands/types.js')).types,
  },
  gateway: {
    summary: "serve the connector's contract over the real Customer Insights REST API",
    load: async () => (await import('./commands/gateway.js')).gateway,
  },
  import: {
    summary: 'write an existing connector (folder or swagger, JSON or YAML) as a kit project that builds back to it',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  init: {
    summary: 'scaffold a new kit connector: one action, one definition, API-key auth and a test',
    load: async () => (await import('./commands/init.js')).init,
  },
  probe: {
    summary: 'exercise every operation against a live backend as the flow designer does',
    load: async () => (await import('./commands/probe.js')).probe,
  },
};

const HELP_FLAGS = ['--help', '-h'];

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(generalHelp());
    return 2;
  }
  if (HELP_FLAGS.includes(name)) {
    process.stdout.write(generalHelp());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === 'help') {
    const [topic, ...extra] = rest;
    if (topic === undefined) {
      process.stdout.write(generalHelp());
      return 0;
    }
    const entry = lookup(topic);
    if (!entry || extra.length > 0) {
      process.stderr.write(
        `${PROGRAM} help: ${entry ? `unexpected argument '${extra[0]}'` : `unknown command '${topic}'`}\n\n${generalHelp()}`,
      );
      return 2;
    }
    return run(topic, entry, ['--help']);
  }
  const entry = lookup(name);
  if (!entry) {
    process.stderr.write(`${PROGRAM}: unknown ${name.startsWith('-') ? 'option' : 'command'} '${name}'\n\n${generalHelp()}`);
    return 2;
  }
  return run(name, entry, rest);
}

async function run(name: string, entry: Entry, args: string[]): Promise<number> {
  let command: Command | undefined;
  try {
    command = await entry.load();
    // Only before `--`: after it, `--help` is an argument like any other.
    const end = args.indexOf('--');
    if ((end === -1 ? args : args.slice(0, end)).some((a) => HELP_FLAGS.includes(a))) {
      process.stdout.write(renderCommandHelp(name, entry.summary, command.help));
      return 0;
    }
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = command ? `usage: ${PROGRAM} ${command.help.usage}\n` : '';
      process.stderr.write(`${PROGRAM} ${name}: ${error.message}\n${usage}Run '${PROGRAM} help ${name}' for its options.\n`);
      return 2;
    }
    // A file or folder the system refused (a name too long, no permission, a full disk): what a
    // user can act on, said without a stack trace, whichever command met it.
    const refused = systemRefusal(error);
    if (refused) {
      process.stderr.write(`${PROGRAM} ${name}: ${refused}\n`);
      return 2;
    }
    // `build` needs the type generator, a development dependency an installed package lacks.
    const missing = missingPackage(error);
    if (!missing) throw error;
    process.stderr.write(
      `${PROGRAM} ${name}: needs the package '${missing}', a development dependency; ` +
        `run it in a clone of the repository after 'npm ci'.\n`,
    );
    return 2;
  }
}

function lookup(name: string): Entry | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

/** This package's version, from the package.json it is installed with. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** What the system refuses, and why, by its error code. */
const SYSTEM_REFUSALS: Readonly<Record<string, string>> = {
  ENAMETOOLONG: 'the name is too long for the file system',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  ENOSPC: 'no space is left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EMFILE: 'too many files are open',
  ELOOP: 'the path has too many symbolic links',
};

/** `cannot <syscall> <path>: <why>` for a file system error with a path, else undefined. */
function systemRefusal(error: unknown): string | undefined {
  const { code, syscall, path: file } = (error ?? {}) as { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof code !== 'string' || !Object.hasOwn(SYSTEM_REFUSALS, code) || typeof syscall !== 'string' || typeof file !== 'string') return undefined;
  return `cannot ${syscall} ${file}: ${SYSTEM_REFUSALS[code]} (${code})`;
}

function generalHelp(): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length), 'help <command>'.length) + 2;
  return [
    `${PROGRAM} ${version()}`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}${commands[n]!.summary}`),
    `  ${'help <command>'.padEnd(width)}print a command's options and exit codes`,
    '',
    'Options:',
    `  ${'-h, --help'.padEnd(width)}print this help and exit`,
    `  ${'-v, --version'.padEnd(width)}print the version and exit`,
    '',
    'Exit codes (every command):',
    `  ${'0'.padEnd(width)}success`,
    `  ${'1'.padEnd(width)}the input has errors (each command's help says which)`,
    `  ${'2'.padEnd(width)}usage error, or an input that cannot be read`,
    '',
    `Run '${PROGRAM} help <command>' (or '${PROGRAM} <command> --help') for a command's options.`,
    '',
  ].join('\n');
}
