/**
 * What a command of `insights-connector` is: its help as data, and how it runs.
 *
 * The help spec is the single description of a command's interface. `parseArgs(args, help.options)`
 * parses with it, so an option the parser accepts is always one `--help` lists, and main.ts renders
 * it the same way for every command (`render-help.ts`).
 */

/** One option. The keys `type`, `short` and `multiple` are node:util parseArgs' own. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias, without the dash. */
  readonly short?: string;
  readonly multiple?: boolean;
  /** What the value looks like in help: `FILE`, `N`, `text|json|sarif`. Only for `type: 'string'`. */
  readonly value?: string;
  /** One line: what the option does, and its default when it has one. */
  readonly description: string;
  /** The environment variable read when the option is not given. */
  readonly env?: string;
}

export interface CommandHelp {
  /** Everything after `insights-connector `, e.g. `validate <path>... [options]`. */
  readonly usage: string;
  /** Positional arguments by their name in `usage`, one line each. */
  readonly arguments?: Readonly<Record<string, string>>;
  /** By long name (without `--`); `--help` is added by the renderer. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Environment variables read besides those named by an option's `env`, one line each. */
  readonly environment?: Readonly<Record<string, string>>;
  /** Every exit code the command can return, with what it means, one line each. */
  readonly exitCodes: Readonly<Record<number, string>>;
  /** Command lines that work as written, shown last. */
  readonly examples?: readonly string[];
}

export interface Command {
  readonly help: CommandHelp;
  run(args: string[]): Promise<number>;
}
