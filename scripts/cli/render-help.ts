/**
 * Renders a command's help spec, in the layout of `tsc --help`: usage, then one line per option,
 * environment variable and exit code, each name padded to one column.
 */
import type { CommandHelp, OptionSpec } from './command.js';

export const PROGRAM = 'insights-connector';

export function renderCommandHelp(name: string, summary: string, help: CommandHelp): string {
  const lines = [`${PROGRAM} ${name}: ${summary}`, '', `Usage: ${PROGRAM} ${help.usage}`];
  if (help.arguments && Object.keys(help.arguments).length > 0) {
    lines.push('', 'Arguments:', ...table(Object.entries(help.arguments)));
  }
  const options: [string, string][] = Object.entries(help.options).map(([long, spec]) => [flags(long, spec), describe(spec)]);
  options.push(['-h, --help', 'print this help and exit']);
  lines.push('', 'Options:', ...table(options));
  const environment: [string, string][] = [
    ...Object.entries(help.options)
      .filter(([, spec]) => spec.env)
      .map(([long, spec]): [string, string] => [spec.env!, `used when --${long} is not given`]),
    ...Object.entries(help.environment ?? {}),
  ];
  if (environment.length > 0) lines.push('', 'Environment:', ...table(environment));
  lines.push('', 'Exit codes:', ...table(Object.entries(help.exitCodes)));
  if (help.examples && help.examples.length > 0) lines.push('', 'Examples:', ...help.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

/** `-q, --quiet` or `    --format text|json|sarif`: long names line up whether or not there is a short one. */
export function flags(long: string, spec: OptionSpec): string {
  const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : '';
  return `${spec.short ? `-${spec.short}, ` : '    '}--${long}${value}`;
}

function describe(spec: OptionSpec): string {
  return spec.multiple ? `${spec.description} (repeatable)` : spec.description;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}
