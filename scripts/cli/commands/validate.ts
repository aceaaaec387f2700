import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { summarize, type Diagnostic } from '../../core/diagnostic.js';
import type { ConnectorFiles, FileReport } from '../../validate/engine.js';
import type { Command, OptionSpec } from '../command.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
/** Loader findings that mean a path could not be read as a connector at all (exit 2, not 1). */
const UNUSABLE = new Set(['unreadable-file', 'unknown-file-kind']);
const PROFILES = ['custom', 'certification'] as const;

const options = {
  profile: { type: 'string', value: 'custom|certification', description: 'the rule set: custom (the default) or certification' },
  format: { type: 'string', value: 'text|json|sarif', description: 'the output format (default: text)' },
  quiet: { type: 'boolean', short: 'q', description: 'print errors only, hiding info and warning findings (text format; json and sarif keep all)' },
  config: { type: 'string', value: 'FILE', description: 'rule severities from this connector-validate.json (default: the one next to each connector, if any)' },
  'max-warnings': { type: 'string', value: 'N', description: 'exit 1 when there are more than N warnings, as for errors' },
} as const satisfies Record<string, OptionSpec>;

export const validate: Command = {
  help: {
    usage: 'validate <path>... [options]',
    arguments: {
      '<path>': 'a connector folder, or a single swagger, apiProperties or settings file (JSON or YAML)',
    },
    options,
    environment: {
      NO_COLOR: 'any value turns colour off in text output (it is on only when stdout is a terminal)',
      FORCE_COLOR: 'turns colour on even when stdout is not a terminal (0 turns it off)',
    },
    exitCodes: {
      0: 'no errors (warnings and infos do not count)',
      1: 'errors found, including files that are not valid JSON or YAML, or more warnings than --max-warnings',
      2: 'usage error (including a bad connector-validate.json), or a path that cannot be read as a connector',
    },
    examples: [
      'npx insights-connector validate generated',
      'npx insights-connector validate . --profile certification --format sarif',
      'npx insights-connector validate generated --max-warnings 0',
    ],
  },
  async run(args) {
    // The rule engine (ajv, the schemas, every rule) is loaded here, so `validate --help` stays instant.
    const [{ collectEach }, { formatJson }, { formatSarif }, { formatTextLines, formatTextSummary }, { validateConnector }, { rules }, config] = await Promise.all([
      import('../../validate/collect.js'),
      import('../../validate/formatters/json.js'),
      import('../../validate/formatters/sarif.js'),
      import('../../validate/formatters/text.js'),
      import('../../validate/index.js'),
      import('../../validate/ruleset.js'),
      import('../../validate/config.js'),
    ]);
    const { values, positionals } = parseArgs(args, options);
    const profile = oneOf('profile', values.profile as string | undefined, PROFILES, 'custom');
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
    if (positionals.length === 0) throw new UsageError('give at least one connector folder or file');
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError(`--max-warnings takes a whole number of at least 0, not '${String(values['max-warnings'])}'`);
    const color = format === 'text' && useColor(process.stdout.isTTY === true, process.env);
    const textOptions = { errorsOnly: values.quiet === true, color };
    // A config given with --config is read once (a bad one is a usage error); otherwise each
    // connector's folder is looked at once for its own connector-validate.json.
    const readConfig = (file: string) => {
      try {
        return config.readConfig(file, rules);
      } catch (error) {
        if (error instanceof config.ConfigError) throw new UsageError(error.message);
        throw error;
      }
    };
    const givenConfig = typeof values.config === 'string' ? readConfig(values.config) : undefined;
    const folderConfigs = new Map<string, ReturnType<typeof readConfig> | undefined>();
    const configFor = (connector: ConnectorFiles) => {
      if (givenConfig) return givenConfig;
      const first = connector.swagger ?? connector.apiProperties ?? connector.settings;
      if (!first) return undefined;
      const folder = path.dirname(path.resolve(first.file));
      if (!folderConfigs.has(folder)) {
        const file = path.join(folder, config.CONFIG_FILE);
        folderConfigs.set(folder, existsSync(file) ? readConfig(file) : undefined);
      }
      return folderConfigs.get(folder);
    };
    const progress = process.stderr.isTTY === true && positionals.length > PROGRESS_AFTER ? positionals.length : 0;

    // One connector at a time: read, validate, report (text prints as it goes), then let it go, so
    // memory is bounded by the largest connector, not the sum of all of them.
    const reports: FileReport[] = [];
    const failures: { file: string; diagnostic: Diagnostic }[] = [];
    const problems: string[] = [];
    let connectors = 0;
    const given = new Set(positionals.map((p) => path.resolve(p)));
    for (const event of collectEach(positionals, { profile })) {
      if ('note' in event) {
        process.stderr.write(`insights-connector validate: ${event.note}\n`);
      } else if ('problem' in event) {
        problems.push(event.problem);
      } else if ('failure' in event) {
        failures.push(event.failure);
        const report = { file: event.failure.file, diagnostics: [event.failure.diagnostic] };
        reports.push(report);
        if (format === 'text') process.stdout.write(formatTextLines([report], textOptions));
      } else {
        connectors++;
        const files = event.connector;
        if (progress > 0) process.stderr.write(progressLine(connectors, progress, (files.swagger ?? files.apiProperties ?? files.settings)?.file ?? ''));
        const chosen = config.configuredRules(rules, configFor(files), profile, (kind) => files[kind]?.file);
        const connectorReports = await validateConnector(files, { profile, cwd: settingsBase(files, given), rules: chosen });
        if (progress > 0) process.stderr.write(CLEAR_LINE);
        reports.push(...connectorReports);
        if (format === 'text') process.stdout.write(formatTextLines(connectorReports, textOptions));
      }
    }
    if (problems.length > 0 && connectors === 0 && failures.length === 0) {
      throw new UsageError(problems.join('; '));
    }
    for (const problem of problems) process.stderr.write(`insights-connector validate: ${problem}\n`);

    const output =
      format === 'json'
        ? formatJson(reports)
        : format === 'sarif'
          ? formatSarif(reports, rules, profile, packageInfo())
          : `${reports.some((r) => r.diagnostics.some((d) => values.quiet !== true || d.severity === 'error')) ? '\n' : ''}${formatTextSummary(reports)}`;
    if (progress > 0) process.stderr.write(CLEAR_LINE);
    process.stdout.write(output);
    // A file that is not JSON or YAML is a finding like any other (exit 1); only a path that cannot be
    // read at all, or is not a connector file, makes the run unusable (exit 2).
    if (format !== 'text') for (const f of failures) process.stderr.write(`insights-connector validate: ${f.file}: ${f.diagnostic.message}\n`);
    if (problems.length > 0 || failures.some((f) => UNUSABLE.has(f.diagnostic.code))) return 2;
    const all: Diagnostic[] = reports.flatMap((r) => r.diagnostics);
    const { errors, warnings } = summarize(all);
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      process.stderr.write(`insights-connector validate: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  },
};


/**
 * Where the paths settings.json names are resolved: from the folder that holds it when a folder was
 * validated (paconn is run there), from the current directory when settings.json was given alone
 * (as paconn resolves them). A folder's settings.json whose files are found only from the current
 * directory was written for paconn run from here: a build's output folder names its files from the
 * project root (`generated/apiDefinition.swagger.json`), where its README runs paconn.
 */
function settingsBase(connector: ConnectorFiles, given: ReadonlySet<string>): string {
  const file = connector.settings?.file;
  if (file === undefined || given.has(path.resolve(file))) return process.cwd();
  const folder = path.dirname(path.resolve(file));
  const named = ['apiDefinition', 'apiProperties']
    .map((key) => (connector.settings?.value as Record<string, unknown> | undefined)?.[key])
    .filter((value): value is string => typeof value === 'string' && value !== '');
  const foundFrom = (base: string) => named.length > 0 && named.every((f) => existsSync(path.resolve(base, f)));
  return !foundFrom(folder) && foundFrom(process.cwd()) ? process.cwd() : folder;
}

/**
 * This package's version and repository, from the package.json above this module (the sources and
 * the compiled bundle both sit below it), for SARIF's tool.driver.
 */
function packageInfo(): { version?: string; repository?: string } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string; repository?: string | { url?: string } };
      if (manifest.name && manifest.version) {
        const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
        return { version: manifest.version, ...(repository ? { repository } : {}) };
      }
    } catch {
      // Not here; look one folder up.
    }
    dir = path.dirname(dir);
  }
  return {};
}

/** More folders than this on a terminal get a progress line on stderr. */
const PROGRESS_AFTER = 3;
const CLEAR_LINE = '\r\u001b[K';

/** The progress line, rewritten in place: which connector of how many, and its first file. */
export function progressLine(done: number, total: number, file: string): string {
  const room = 60;
  const shown = file.length > room ? `…${file.slice(-(room - 1))}` : file;
  return `${CLEAR_LINE}insights-connector validate: [${done}/${total}] ${shown}`;
}

/**
 * Colour in text output: on for a terminal; NO_COLOR (any value) turns it off, FORCE_COLOR turns it
 * on even when piped (FORCE_COLOR=0 off), as most command-line tools do.
 */
export function useColor(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
