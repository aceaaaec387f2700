import type { BackendData } from '../../../mocks/index.js';
// The data-file loader and the server (msw, the mock backend) are loaded by run(), so `serve --help` stays instant.
import { DEFAULT_PORT, HOST } from '../../serve/defaults.js';
import type { RunningServer } from '../../serve/server.js';
import type { Command, OptionSpec } from '../command.js';
import { parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';
import { untilStopped } from '../until-stopped.js';

/** The token in the printed example: any bearer token works against the mock, and this one is obviously not real. */
const EXAMPLE_TOKEN = 'local-dev-token';

const options = {
  port: { type: 'string', value: 'N', description: `the port on 127.0.0.1 (default: ${DEFAULT_PORT}; 0 picks a free one)` },
  data: { type: 'string', value: 'FILE', description: 'the data to serve, JSON or YAML (default: the embedded sample data; see scripts/serve/DATA-FORMAT.md)' },
  'allow-local-callbacks': { type: 'boolean', description: 'deliver trigger notifications to loopback, private and link-local callback URLs (a receiver on this machine)' },
  'control-token': { type: 'string', value: 'TOKEN', description: 'also answer /_control requests from elsewhere (a tunnel) that send it as X-Control-Token' },
} as const satisfies Record<string, OptionSpec>;

export const serve: Command = {
  help: {
    usage: 'serve [options]',
    options,
    exitCodes: {
      0: 'stopped by Ctrl+C (SIGINT) or SIGTERM',
      2: 'usage error, a data file that does not load, or a port that cannot be listened on',
    },
    examples: ['npm start', 'npx insights-connector serve --port 0 --data my-data.yaml'],
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = parsePort(values.port as string | undefined);

    let data: BackendData | undefined;
    const dataFile = values.data as string | undefined;
    if (dataFile !== undefined) {
      const { loadDataFile } = await import('../../serve/data-file.js');
      const loaded = loadDataFile(dataFile);
      if (!loaded.ok) {
        for (const error of loaded.errors) process.stderr.write(`${error}\n`);
        process.stderr.write(`insights-connector serve: ${dataFile} was not loaded (the format is described in scripts/serve/DATA-FORMAT.md)\n`);
        return 2;
      }
      data = loaded.data;
    }

    // `serve | head` closes our stdout early: the log then has no reader, which is not a crash.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    const controlToken = values['control-token'] as string | undefined;
    if (controlToken !== undefined && controlToken.length < 16) throw new UsageError('--control-token must be at least 16 characters long');

    const { ListenError, startServer } = await import('../../serve/server.js');
    let server: RunningServer;
    try {
      server = await startServer({
        port,
        ...(data ? { data } : {}),
        allowLocalCallbacks: values['allow-local-callbacks'] === true,
        ...(controlToken !== undefined ? { controlToken } : {}),
        log: (line) => {
          if (process.stdout.writable) process.stdout.write(line + '\n');
        },
      });
    } catch (error) {
      if (error instanceof ListenError) {
        process.stderr.write(`insights-connector serve: ${error.message}\n`);
        return 2;
      }
      throw error;
    }

    process.stdout.write(banner(server, dataFile));
    await untilStopped((signal) => {
      if (process.stdout.writable) process.stdout.write(`\n${signal}: stopping the mock backend on ${HOST}:${server.port}\n`);
      return server.close();
    });
    return 0;
  },
};

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (got '${raw}')`);
  return Number(raw);
}

function banner(server: RunningServer, dataFile: string | undefined): string {
  const instances = [...server.backend.store.instances.values()];
  const first = instances[0];
  const customers = first?.tables.get('Customer');
  const example = first
    ? customers
      ? `${server.url}/datasets/${first.id}/tables/Customer/items?%24top=2`
      : `${server.url}/datasets/${first.id}/tables`
    : `${server.url}/datasets`;
  return [
    `Customer Insights mock backend listening on ${server.url}`,
    `  data:     ${dataFile ?? 'the embedded sample data'}`,
    ...instances.map((i) => `            ${i.id}  ${i.displayName} (${i.tables.size} entities)`),
    `  try:      curl -H "Authorization: Bearer ${EXAMPLE_TOKEN}" "${example}"`,
    `  control:  ${server.url}/_control  (fire trigger events; see scripts/serve/README.md)`,
    `  stop:     press Ctrl+C`,
    '',
    '',
  ].join('\n');
}

