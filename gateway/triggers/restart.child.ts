/**
 * The gateway as its own process for the restart test (restart.slow.test.ts): polling every few
 * hundred milliseconds on a SQLite file, with the test's app token, callbacks to 127.0.0.1 allowed.
 * Prints `{"url": …}` once listening, then the gateway's JSON log lines.
 *
 *   node --import tsx gateway/triggers/restart.child.ts <api url> <sqlite file>
 */
import { defaultSubscriptionKey } from '../../mocks/index.js';
import { defaultConfig } from '../config.js';
import { startGateway } from '../index.js';
import { testAppCredential } from './testing.js';

const [apiUrl, file] = process.argv.slice(2);
if (!apiUrl || !file) {
  process.stderr.write('usage: restart.child.ts <api url> <sqlite file>\n');
  process.exit(2);
}
const gateway = await startGateway({
  apiUrl,
  store: `sqlite:${file}`,
  config: { ...defaultConfig(), allowLocalCallbacks: true, pollIntervals: { activeMs: 150, idleMs: 250 } },
  env: { CI_SUBSCRIPTION_KEY: defaultSubscriptionKey },
  credential: testAppCredential,
});
process.stdout.write(JSON.stringify({ url: gateway.url }) + '\n');
process.on('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
