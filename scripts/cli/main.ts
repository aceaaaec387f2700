/**
 * `insights-connector <command>`: the one entry point of the command line. Each command lives in
 * its own module, loaded only when asked for, so `validate` never pays for the type generator.
 *
 * Exit codes (shared by every command): 0 success, 1 the input has errors, 2 usage or unreadable input.
 */
import { UsageError } from './usage-error.js';

export interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

interface Entry {
  /** Kept here, not in the module, so `--help` loads no command (and none of its dependencies). */
  summary: string;
  load(): Promise<Command>;
}

const commands: Record<string, Entry> = {
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
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(helpText());
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    process.stderr.write(`insights-connector: unknown command '${name}'\n\n${helpText()}`);
    return 2;
  }
  let command: Command | undefined;
  try {
    command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`usage: ${command.usage}\n`);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`insights-connector ${name}: ${error.message}\nusage: ${command?.usage ?? name}\n`);
      return 2;
    }
    // `build` needs the type generator, a development dependency an installed package lacks.
    const missing = missingPackage(error);
    if (!missing) throw error;
    process.stderr.write(
      `insights-connector ${name}: needs the package '${missing}', a development dependency; ` +
        `run it in a clone of the repository after 'npm ci'.\n`,
    );
    return 2;
  }
}

/** The package a module-not-found error is about, when it is a package (not a file of ours). */
function missingPackage(error: unknown): string | undefined {
  const code = (error as { code?: string }).code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const specifier = /Cannot find (?:package|module) '([^']+)'/.exec((error as Error).message)?.[1];
  if (!specifier || specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function helpText(): string {
  const lines = ['usage: insights-connector <command> [options]', '', 'commands:'];
  for (const [name, entry] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)}${entry.summary}`);
  lines.push('', "Run 'insights-connector <command> --help' for a command's options.", '');
  return lines.join('\n');
}
