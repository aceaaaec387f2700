import type { GatewayConfig } from '../../../gateway/config.js';
// The configuration loader, the gateway and its libraries (msw, the stores) are loaded by run(),
// so `gateway --help` stays instant.
import { DEFAULT_API_URL, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STORE } from '../../../gateway/defaults.js';
import type { RunningGateway } from '../../../gateway/index.js';
import type { Command, OptionSpec } from '../command.js';
import { parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';
import { untilStopped } from '../until-stopped.js';

const options = {
  'api-url': { type: 'string', value: 'URL', description: `the Customer Insights REST API (default: ${DEFAULT_API_URL}); https, or http on 127.0.0.1/localhost` },
  port: { type: 'string', value: 'N', description: `the port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)` },
  host: { type: 'string', value: 'H', description: `the address to listen on (default: ${DEFAULT_HOST}; 0.0.0.0 in a container)` },
  store: { type: 'string', value: 'URL', description: `where trigger subscriptions are kept: sqlite:FILE, sqlite::memory: or azure-table:… (default: ${DEFAULT_STORE})` },
  config: { type: 'string', value: 'FILE', description: 'JSON or YAML: per-instance key variables, REST routes, callback hosts, poll intervals, limits (gateway/README.md)' },
} as const satisfies Record<string, OptionSpec>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const gateway: Command = {
  help: {
    usage: 'gateway [options]',
    options,
    environment: {
      CI_SUBSCRIPTION_KEY: 'the Ocp-Apim-Subscription-Key of the Customer Insights environment (a config file can name other variables per instance)',
      AZURE_TENANT_ID: 'tenant of the app registration that polls for the triggers (@azure/identity EnvironmentCredential)',
      AZURE_CLIENT_ID: 'client id of that app',
      AZURE_CLIENT_SECRET: 'its client secret (or AZURE_CLIENT_CERTIFICATE_PATH for a certificate)',
    },
    exitCodes: {
      0: 'stopped by Ctrl+C (SIGINT) or SIGTERM',
      2: 'usage error, bad configuration (the message names the file and JSON pointer), an unusable store, or a port that cannot be listened on',
    },
    examples: [
      'CI_SUBSCRIPTION_KEY=<key> npx insights-connector gateway',
      'npx insights-connector gateway --api-url http://127.0.0.1:4330/v1 --store sqlite::memory: --port 0',
    ],
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const apiUrl = parseApiUrl(values['api-url'] as string | undefined);
    const port = parsePort(values.port as string | undefined);
    const host = parseHost(values.host as string | undefined);
    const store = (values.store as string | undefined) ?? DEFAULT_STORE;
    if (store.trim() === '') throw new UsageError('--store must not be empty (e.g. sqlite:gateway.db)');

    const { ConfigError, defaultConfig, environmentProblems, loadConfig, subscriptionKeys } = await import('../../../gateway/config.js');
    const { createLogger, redactString } = await import('../../../gateway/log.js');
    let config: GatewayConfig;
    const file = values.config as string | undefined;
    try {
      config = file !== undefined ? loadConfig(file) : defaultConfig();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems) process.stderr.write(`${problem}\n`);
      process.stderr.write(`insights-connector gateway: the configuration was not loaded; nothing started\n`);
      return 2;
    }
    const missing = environmentProblems(config, process.env);
    if (missing.length > 0) {
      for (const problem of missing) process.stderr.write(`${problem}\n`);
      process.stderr.write(`insights-connector gateway: secrets come from the environment only; set the variables above\n`);
      return 2;
    }

    const log = createLogger();
    if (subscriptionKeys(config, process.env)(undefined) === undefined && Object.keys(config.instanceKeyEnv).length === 0) {
      log.log({ event: 'warning', message: `${config.subscriptionKeyEnv} is not set: calls go to the REST API without Ocp-Apim-Subscription-Key, which it answers with 401` });
    }

    let running: RunningGateway;
    try {
      // Loaded here, not at the top: `--help` and configuration errors need none of the gateway's
      // libraries. A sqlite: store without better-sqlite3 (an optional peer) is a StoreUrlError saying how to install it.
      const { startGateway } = await import('../../../gateway/index.js');
      running = await startGateway({ apiUrl, port, host, store, config, log });
    } catch (error) {
      const { ListenError } = await import('../../../gateway/server.js');
      if (error instanceof ListenError || (error instanceof Error && error.name === 'StoreUrlError')) {
        process.stderr.write(`insights-connector gateway: ${redactString(error.message)}\n`);
        return 2;
      }
      throw error;
    }
    log.log({ event: 'start', url: running.url, apiUrl, store: redactString(store.replace(/AccountKey=[^;]*/gi, 'AccountKey=[redacted]')), config: file ?? null });
    await untilStopped((signal) => {
      log.log({ event: 'stop', signal });
      return running.close();
    });
    return 0;
  },
};

function parseApiUrl(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--api-url must be an absolute URL such as ${DEFAULT_API_URL} (got '${raw}')`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new UsageError('--api-url must not carry a query, fragment or credentials');
  }
  // Callers' tokens are forwarded to this URL, so it is https unless it is this machine.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new UsageError(`--api-url must be https (bearer tokens are forwarded to it); plain http only on 127.0.0.1 or localhost (got '${raw}')`);
  }
  return url.toString().replace(/\/+$/, '');
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (got '${raw}')`);
  return Number(raw);
}

function parseHost(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_HOST;
  if (!/^[A-Za-z0-9.:-]+$/.test(raw)) throw new UsageError(`--host must be an address or host name such as 127.0.0.1 or 0.0.0.0 (got '${raw}')`);
  return raw;
}

