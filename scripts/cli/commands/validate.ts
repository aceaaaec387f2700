import { summarize, type Diagnostic } from '../../shared/diagnostic.js';
import { collect } from '../../validate/collect.js';
import type { FileReport } from '../../validate/engine.js';
import { formatJson } from '../../validate/formatters/json.js';
import { formatSarif } from '../../validate/formatters/sarif.js';
import { formatText } from '../../validate/formatters/text.js';
import { validateConnector } from '../../validate/index.js';
import { rules } from '../../validate/ruleset.js';
import type { Command, OptionSpec } from '../command.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
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
    const { values, positionals } = parseArgs(args, options);
    const profile = oneOf('profile', values.profile as string | undefined, PROFILES, 'custom');
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
    if (positionals.length === 0) throw new UsageError('give at least one connector folder or file');

    const { connectors, failures, problems, notes } = collect(positionals, { profile });
    for (const note of notes) process.stderr.write(`insights-connector validate: ${note}\n`);
    if (problems.length > 0 && connectors.length === 0 && failures.length === 0) {
      throw new UsageError(problems.join('; '));
    }
    for (const problem of problems) process.stderr.write(`insights-connector validate: ${problem}\n`);

    const reports: FileReport[] = failures.map(({ file, diagnostic }) => ({ file, diagnostics: [diagnostic] }));
    for (const files of connectors) reports.push(...(await validateConnector(files, { profile })));

    const output =
      format === 'json'
        ? formatJson(reports)
        : format === 'sarif'
          ? formatSarif(reports, rules, profile)
          : formatText(reports, { errorsOnly: values.quiet === true });
    process.stdout.write(output);
    if (failures.length > 0 || problems.length > 0) {
      if (format !== 'text') for (const f of failures) process.stderr.write(`insights-connector validate: ${f.diagnostic.message}\n`);
      return 2;
    }
    const all: Diagnostic[] = reports.flatMap((r) => r.diagnostics);
    return summarize(all).errors > 0 ? 1 : 0;
  },
};

