/**
 * The fake Customer Insights REST API (mocks/rest-api/) on a fixed local port, to try the gateway
 * without a tenant (gateway/README.md, "Try it without a tenant"):
 *
 *   npx tsx gateway/local-fake.ts [port, default 4330]
 *
 * Prints the API URL for `--api-url`, the subscription key the fake expects, and a bearer token of
 * the identity the sample data lets read every instance. Runs until Ctrl+C.
 */
import { defaultSubscriptionKey, defaultTestIdentity, makeTestToken, startFakeRestApi } from '../mocks/index.js';

const raw = process.argv[2] ?? '4330';
if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
  process.stderr.write(`local-fake: the port must be a whole number from 0 to 65535 (got '${raw}')\n`);
  process.exit(2);
}
const api = await startFakeRestApi({ port: Number(raw) });
const token = makeTestToken({ ...defaultTestIdentity, expiresInSeconds: 12 * 3600 });
process.stdout.write(
  [
    `fake Customer Insights REST API on ${api.url}`,
    `  subscription key: ${defaultSubscriptionKey}`,
    `  test token (12 h): ${token}`,
    `  gateway:          CI_SUBSCRIPTION_KEY=${defaultSubscriptionKey} npx insights-connector gateway --api-url ${api.url} --store sqlite::memory: --config gateway/examples/local.json`,
    '  stop:             press Ctrl+C',
    '',
  ].join('\n'),
);
const stop = () => void api.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
