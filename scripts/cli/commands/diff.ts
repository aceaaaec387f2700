/**
 * `insights-connector diff <old> <new>`: exit 0 when nothing breaks existing flows, 1 when
 * something does, 2 for bad arguments or an input that cannot be read as a connector.
 */
import { diffConnectors } from '../../diff/engine.js';
import { formatJson } from '../../diff/formatters/json.js';
import type { DiffSources } from '../../diff/formatters/sources.js';
import { formatText } from '../../diff/formatters/text.js';
import { uncomparedNotes } from '../../diff/formatters/uncompared.js';
import { loadConnector, type LoadedConnector } from '../../diff/inputs.js';
import type { Command, OptionSpec } from '../command.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['text', 'json'] as const;

const options = {
  format: { type: 'string', value: 'text|json', description: 'the output format (default: text)' },
} as const satisfies Record<string, OptionSpec>;

export const diff: Command = {
  help: {
    usage: 'diff <old> <new> [options]',
    arguments: {
      '<old>': 'the version flows were built against: a connector folder or a swagger file',
      '<new>': 'the version to compare with it: a connector folder or a swagger file',
    },
    options,
    exitCodes: {
      0: 'nothing breaks existing flows',
      1: 'at least one breaking change',
      2: 'usage error, or an input that cannot be read as a connector',
    },
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
    if (positionals.length !== 2) throw new UsageError(`give exactly two versions, old then new (got ${positionals.length})`);

    const connectors: LoadedConnector[] = [];
    const errors: string[] = [];
    for (const result of await Promise.all(positionals.map(loadConnector))) {
      if ('error' in result) errors.push(result.error);
      else connectors.push(result.connector);
    }
    if (errors.length > 0) {
      for (const error of errors) process.stderr.write(`insights-connector diff: ${error}\n`);
      return 2;
    }
    const [before, after] = connectors as [LoadedConnector, LoadedConnector];

    if (Boolean(before.apiProperties) !== Boolean(after.apiProperties)) {
      // Connection parameters live only in apiProperties; comparing against nothing would invent changes.
      process.stderr.write('insights-connector diff: apiProperties found for only one version; connection parameters not compared\n');
    }
    const result = diffConnectors(
      { swagger: before.swagger.value, apiProperties: before.apiProperties?.value },
      { swagger: after.swagger.value, apiProperties: after.apiProperties?.value },
    );
    const sources: DiffSources = { old: refs(before), new: refs(after) };
    // On stderr, like the apiProperties note: stdout stays the contract's text or JSON.
    for (const note of uncomparedNotes(result, sources)) process.stderr.write(`insights-connector diff: ${note}\n`);
    process.stdout.write(format === 'json' ? formatJson(result, sources) : formatText(result, sources));
    return result.summary.breaking > 0 ? 1 : 0;
  },
};

function refs(connector: LoadedConnector): DiffSources['old'] {
  return {
    apiDefinition: connector.swagger,
    ...(connector.apiProperties ? { apiProperties: connector.apiProperties } : {}),
  };
}
