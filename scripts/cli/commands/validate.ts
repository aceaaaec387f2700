import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { summarize, type Diagnostic } from '../../shared/diagnostic.js';
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
} as const satisfies Record<string, OptionSpec>;

export const validate: Command = {
  help: {
    usage: 'validate <path>... [options]',
    arguments: {
      '<path>': 'a connector folder, or a single swagger, apiProperties or settings file (JSON or YAML)',
    },
    options,
    exitCodes: {
      0: 'no errors (warnings and infos do not count)',
      1: 'errors found, including files that are not valid JSON or YAML',
      2: 'usage error, or a path that cannot be read as a connector',
    },
    examples: ['npx insights-connector validate generated', 'npx insights-connector validate . --profile certification --format sarif'],
  },
  async run(args) {
    // The rule engine (ajv, the schemas, every rule) is loaded here, so `validate --help` stays instant.
    const [{ collectEach }, { formatJson }, { formatSarif }, { formatTextLines, formatTextSummary }, { validateConnector }, { rules }] = await Promise.all([
      import('../../validate/collect.js'),
      import('../../validate/formatters/json.js'),
      import('../../validate/formatters/sarif.js'),
      import('../../validate/formatters/text.js'),
      import('../../validate/index.js'),
      import('../../validate/ruleset.js'),
    ]);
    const { values, positionals } = parseArgs(args, options);
    const profile = oneOf('profile', values.profile as string | undefined, PROFILES, 'custom');
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
    if (positionals.length === 0) throw new UsageError('give at least one connector folder or file');

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
        if (format === 'text') process.stdout.write(formatTextLines([report], { errorsOnly: values.quiet === true }));
      } else {
        connectors++;
        const connectorReports = await validateConnector(event.connector, { profile, cwd: settingsBase(event.connector, given) });
        reports.push(...connectorReports);
        if (format === 'text') process.stdout.write(formatTextLines(connectorReports, { errorsOnly: values.quiet === true }));
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
    process.stdout.write(output);
    // A file that is not JSON or YAML is a finding like any other (exit 1); only a path that cannot be
    // read at all, or is not a connector file, makes the run unusable (exit 2).
    if (format !== 'text') for (const f of failures) process.stderr.write(`insights-connector validate: ${f.file}: ${f.diagnostic.message}\n`);
    if (problems.length > 0 || failures.some((f) => UNUSABLE.has(f.diagnostic.code))) return 2;
    const all: Diagnostic[] = reports.flatMap((r) => r.diagnostics);
    return summarize(all).errors > 0 ? 1 : 0;
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
