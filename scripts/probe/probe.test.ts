/**
 * The probe against this package's mock backend (in process, port 0): every picker fills, every
 * dynamic schema resolves and every operation answers as the definition says.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../serve/server.js';
import { mockControlEvents } from '../cli/commands/probe.js';
import { loadConnector, runProbe, type ProbeConnector, type ProbeReport } from './index.js';

const generated = fileURLToPath(new URL('../../generated', import.meta.url));
let server: RunningServer;
let connector: ProbeConnector;
let tokens = 0;

beforeAll(async () => {
  server = await startServer({ log: false, allowLocalCallbacks: true });
  connector = await loadConnector(generated);
});
afterAll(async () => {
  await server?.close();
});

/** Each run is its own connection, with the whole throttling budget. */
function probe(options: { connector?: ProbeConnector; backend?: string; write?: boolean } = {}): Promise<ProbeReport> {
  return runProbe({
    connector: options.connector ?? connector,
    backend: options.backend ?? server.url,
    token: `probe-test-${++tokens}`,
    write: options.write === true,
    hooks: { events: mockControlEvents },
  });
}

const failing = (report: ProbeReport) => report.entries.filter((e) => e.status === 'fail');

describe('probe against the mock backend', () => {
  it('resolves every picker, dynamic schema and operation; write actions wait for --write', async () => {
    const report = await probe();
    expect(failing(report)).toEqual([]);
    const operations = report.entries.filter((e) => e.kind === 'operation');
    const skipped = operations.filter((e) => e.status === 'skip').map((e) => e.operationId).sort();
    expect(skipped).toEqual(['CreateItem', 'SendStatusReport', 'SendStatusReportV2', 'UpdateItem']);
    expect(operations).toHaveLength(24);
    // The item and the partition come from earlier answers, as a maker would map them.
    expect(operations.find((e) => e.operationId === 'GetItem')!.detail).toMatch(/id = "[^"]+" \(CustomerId of the first item GetItems answered\)/);
    expect(operations.find((e) => e.operationId === 'GetPartitionData')!.detail).toMatch(/partitionUri = .*GetPartitions/);
    expect(operations.find((e) => e.operationId === 'DeleteSubscription')!.detail).toBe('unsubscribed 6 subscription(s) on their Location');
    // One line per picker parameter of every operation.
    const pickers = Object.values(connector.swagger.paths as Record<string, Record<string, any>>).flatMap((item) =>
      Object.values(item).flatMap((op) => (Array.isArray(op?.parameters) ? op.parameters.filter((p: any) => p['x-ms-dynamic-values']) : [])),
    );
    expect(report.entries.filter((e) => e.kind === 'picker' && e.status === 'pass')).toHaveLength(pickers.length);
    expect(report.entries.filter((e) => e.kind === 'dynamic-schema').map((e) => `${e.operationId}.${e.parameter}`)).toEqual(
      expect.arrayContaining(['GetItems.response', 'GetItem.response', 'CreateItem.item', 'UpdateItem.item', 'UpdateItem.response']),
    );
    // Lookups the designer repeats for every card are made once.
    expect(report.summary.calls).toBeLessThan(40);
    expect(server.backend.store.subscriptions.all()).toHaveLength(0);
  });

  it('with --write calls every write action and fires every webhook event through the hook', async () => {
    const report = await probe({ write: true });
    expect(failing(report)).toEqual([]);
    expect(report.entries.filter((e) => e.status === 'skip')).toEqual([]);
    const triggers = report.entries.filter((e) => e.kind === 'operation' && e.operationId.startsWith('On'));
    expect(triggers).toHaveLength(6);
    for (const trigger of triggers) expect(trigger.detail).toBe('subscribed (201), fired and notified, unsubscribed (200)');
    // Neither the token nor a callback URL (a secret of its subscription) is in the report.
    const text = JSON.stringify(report);
    expect(text).not.toContain(`probe-test-${tokens}`);
    expect(text).not.toContain('/notify/');
    // The update addresses the item the probe itself created.
    expect(report.entries.find((e) => e.operationId === 'UpdateItem' && e.kind === 'operation')!.detail).toMatch(/the Location CreateItem answered/);
  });
});
