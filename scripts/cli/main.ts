/**
 * `insights-connector <command>`: the one entry point of the command line. Each command lives in
 * its own module, loaded only when asked for, so `validate` never pays for the type generator.
 *
 * Exit codes (shared by every command): 0 success, 1 the input has errors, 2 usage or unreadable input.
 */
import { UsageError } from './usage-error.js';

export interface Command {
  /** One line for the help text. */
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).build,
  validate: async () => (await import('./commands/validate.js')).validate,
  diff: async () => (await import('./commands/diff.js')).diff,
  serve: async () => (await import('./commands/serve.js')).serve,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await helpText());
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`insights-connector: unknown command '${name}'\n\n${await helpText()}`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`insights-connector ${name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

async function helpText(): Promise<string> {
  const lines = ['usage: insights-connector <command> [options]', '', 'commands:'];
  for (const [name, load] of Object.entries(commands)) {
    const command = await load();
    lines.push(`  ${name.padEnd(10)}${command.summary}`);
  }
  lines.push('', "Run 'insights-connector <command> --help' for a command's options.", '');
  return lines.join('\n');
}
