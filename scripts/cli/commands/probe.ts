import { randomBytes } from 'node:crypto';
import { ConnectorInputError, formatJson, formatText, fromAssembled, loadConnector, runProbe } from '../../probe/index.js';
import type { BackendAccess, EventSource, ProbeRequest } from '../../probe/index.js';
import type { Command, OptionSpec } from '../command.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

/** This package's own connector, wherever the package is installed (compiled into the command line). */
async function ownConnector() {
  const define = (await import('../../../connector/index.js')).default as (options: object) => unknown;
  return fromAssembled(define({}), 'connector/index.ts');
}

const FORMATS = ['text', 'json'] as const;

const options = {
  backend: { type: 'string', value: 'URL', description: 'the backend to call, e.g. http://127.0.0.1:4310 (npm start) or a gateway; nothing else is called' },
  definition: { type: 'string', value: 'FILE', description: "a kit module or swagger file (default: this package's connector); or give a connector folder as <folder>" },
  token: { type: 'string', value: 'T', description: 'the bearer token of the connection (default: a fresh local token, enough for the mock)' },
  'token-env': { type: 'string', value: 'VAR', description: 'read the bearer token from the environment variable VAR instead' },
  format: { type: 'string', value: 'text|json', description: 'the report format (default: text)' },
  write: { type: 'boolean', description: "also call write actions and, on the mock backend, fire each webhook trigger's event through /_control" },
} as const satisfies Record<string, OptionSpec>;

export const probe: Command = {
  help: {
    usage: 'probe --backend URL [<folder> | --definition FILE] [options]',
    arguments: { '<folder>': 'a connector folder or file that validate accepts (default: this package\'s connector)' },
    options,
    exitCodes: {
      0: 'every picker fills, every dynamic schema resolves and every answer matches the definition',
      1: 'something does not (the report names the definition pointer, the request and the answer)',
      2: 'usage error, or a connector that cannot be read',
    },
    examples: [
      'npx insights-connector probe --backend http://127.0.0.1:4310',
      'npx insights-connector probe --backend http://127.0.0.1:4320 --token-env CONNECTOR_TOKEN --format json',
    ],
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    const format = oneOf('format', values.format as string | undefined, FORMATS, 'text');
    const backend = values.backend as string | undefined;
    if (!backend) throw new UsageError('--backend URL is required');
    let parsed: URL;
    try {
      parsed = new URL(backend);
    } catch {
      throw new UsageError(`--backend must be an absolute http or https URL (got '${backend}')`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--backend must be an http or https URL (got '${parsed.protocol}')`);
    if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
    if (positionals.length === 1 && values.definition !== undefined) throw new UsageError('give either a connector <folder> or --definition FILE, not both');
    const token = readToken(values.token as string | undefined, values['token-env'] as string | undefined);

    let connector;
    try {
      const input = positionals[0] ?? (values.definition as string | undefined);
      connector = input === undefined ? await ownConnector() : await loadConnector(input);
    } catch (error) {
      if (error instanceof ConnectorInputError) throw new UsageError(error.message);
      throw error;
    }

    const progress = process.stderr.isTTY ? new ProgressLine() : undefined;
    const report = await runProbe({
      connector,
      backend: parsed.href.replace(/\/+$/, ''),
      token,
      write: values.write === true,
      hooks: { events: mockControlEvents },
      ...(progress ? { onProgress: (p) => progress.show(`[${p.done}/${p.total}] ${p.label}`) } : {}),
    });
    progress?.clear();
    process.stdout.write(format === 'json' ? formatJson(report) : formatText(report));
    return report.summary.failed > 0 ? 1 : 0;
  },
};

function readToken(token: string | undefined, variable: string | undefined): string {
  if (token !== undefined && variable !== undefined) throw new UsageError('give either --token or --token-env, not both');
  if (variable !== undefined) {
    const value = process.env[variable];
    if (!value) throw new UsageError(`--token-env ${variable}: the environment variable is not set`);
    return value;
  }
  if (token === '') throw new UsageError('--token is empty');
  // A fresh token is a fresh connection on the mock, with the whole throttling budget to itself.
  return token ?? `probe-${randomBytes(8).toString('hex')}`;
}

/** One line on stderr, rewritten in place (only on a terminal). */
class ProgressLine {
  private width = 0;
  show(text: string): void {
    const line = text.length > 100 ? `${text.slice(0, 99)}…` : text;
    process.stderr.write(`\r${line.padEnd(this.width)}`);
    this.width = line.length;
  }
  clear(): void {
    if (this.width > 0) process.stderr.write(`\r${' '.repeat(this.width)}\r`);
  }
}

/**
 * How this package's mock backend fires the connector's webhook events: its control surface under
 * /_control (scripts/serve/README.md). Available only where GET /_control answers with that
 * surface's index, so against a gateway or a real instance nothing is fired.
 */
export const mockControlEvents: EventSource = {
  name: "the mock backend's control surface (/_control)",
  async available(backend) {
    const index = await backend.send('GET', '/_control');
    return index.status === 200 && isRecord(index.body) && Array.isArray(index.body.endpoints);
  },
  async fire(event, backend) {
    const v = event.values;
    const instance = `/instances/${encodeURIComponent(String(v.dataset))}`;
    const post = postTo(backend, event.location);
    switch (event.operationId) {
      case 'OnSegmentThresholdCrossed': {
        const at = `${instance}/segments/${encodeURIComponent(String(v.segment))}/count`;
        // Down first, then across the threshold upward: the direction that notifies.
        return [await post(at, { count: 0 }), await post(at, { count: Number(v.threshold) + 1 })];
      }
      case 'OnMeasureThresholdCrossed': {
        const at = `${instance}/measures/${encodeURIComponent(String(v.measure))}/value`;
        return [await post(at, { value: Number(v.threshold) - 1 }), await post(at, { value: Number(v.threshold) + 1 })];
      }
      case 'OnDataSourceRefreshCompleted':
      case 'OnDataSourceRefreshFailed': {
        const source = await dataSourceOf(backend, String(v.dataset));
        if (!source) return undefined;
        const failed = event.operationId === 'OnDataSourceRefreshFailed';
        return [await post(`${instance}/datasources/${encodeURIComponent(source)}/refresh`, failed ? { failed: true } : {})];
      }
      case 'OnFullRefreshCompleted':
        return [await post(`${instance}/fullrefresh`, {})];
      case 'OnProcessCompleted':
        return v.process === undefined ? undefined : [await post(`${instance}/processes/${encodeURIComponent(String(v.process))}/complete`, {})];
      default:
        return undefined;
    }
  },
};

function postTo(backend: BackendAccess, location: string) {
  const subscription = decodeURIComponent(new URL(location, backend.url).pathname.split('/').pop() ?? '');
  return async (path: string, body: Record<string, unknown>): Promise<ProbeRequest> => {
    const answer = await backend.send('POST', `/_control${path}`, body);
    if (answer.status !== 200) throw new Error(`POST /_control${path} answered ${answer.status}: ${JSON.stringify(answer.body)?.slice(0, 200)}`);
    // The control answer lists its deliveries: one refused by the mock says why at once, instead of a silent wait.
    const deliveries = isRecord(answer.body) && Array.isArray(answer.body.deliveries) ? answer.body.deliveries : [];
    const ours = deliveries.find((d) => isRecord(d) && d.subscriptionId === subscription);
    if (isRecord(ours) && typeof ours.error === 'string') {
      throw new Error(`the mock did not deliver the notification (${ours.error}); start it with --allow-local-callbacks so it posts to the probe's receiver on this machine`);
    }
    return { method: 'POST', url: `${backend.url}/_control${path}`, body };
  };
}

/** A data source of the instance: the mock names one in the DynamicProperties of the entities it feeds. */
async function dataSourceOf(backend: BackendAccess, dataset: string): Promise<string | undefined> {
  const tables = await backend.send('GET', `/datasets/${encodeURIComponent(dataset)}/tables`);
  const list = isRecord(tables.body) && Array.isArray(tables.body.value) ? tables.body.value : [];
  for (const table of list) {
    const source = isRecord(table) && isRecord(table.DynamicProperties) ? table.DynamicProperties.dataSource : undefined;
    if (typeof source === 'string') return source;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
