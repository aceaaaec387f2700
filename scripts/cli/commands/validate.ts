import { summarize, type Diagnostic } from '../../shared/diagnostic.js';
import { collect } from '../../validate/collect.js';
import type { FileReport } from '../../validate/engine.js';
import { formatJson } from '../../validate/formatters/json.js';
import { formatSarif } from '../../validate/formatters/sarif.js';
import { formatText } from '../../validate/formatters/text.js';
import { validateConnector } from '../../validate/index.js';
import { rules } from '../../validate/ruleset.js';
import type { Command } from '../main.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
const PROFILES = ['custom', 'certification'] as const;

export const validate: Command = {
  usage: 'insights-connector validate <path>... [--profile custom|certification] [--format text|json|sarif]',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      profile: { type: 'string' },
      format: { type: 'string' },
    });
    const profile = oneOf('profile', values.profile as string | undefined, PROFILES, 'custom');
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
    if (positionals.length === 0) throw new UsageError('give at least one connector folder or file');

    const { connectors, failures, problems } = collect(positionals);
    if (problems.length > 0 && connectors.length === 0 && failures.length === 0) {
      throw new UsageError(problems.join('; '));
    }
    for (const problem of problems) process.stderr.write(`insights-connector validate: ${problem}\n`);

    const reports: FileReport[] = failures.map(({ file, diagnostic }) => ({ file, diagnostics: [diagnostic] }));
    for (const files of connectors) reports.push(...(await validateConnector(files, { profile })));

    const output = format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, rules, profile) : formatText(reports);
    process.stdout.write(output);
    if (failures.length > 0 || problems.length > 0) {
      if (format !== 'text') for (const f of failures) process.stderr.write(`insights-connector validate: ${f.diagnostic.message}\n`);
      return 2;
    }
    const all: Diagnostic[] = reports.flatMap((r) => r.diagnostics);
    return summarize(all).errors > 0 ? 1 : 0;
  },
};
