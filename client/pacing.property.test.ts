/**
 * Property: whatever the mix of concurrency and network latency, a client's calls never exceed the
 * policy at the backend (which counts by arrival time, independently of the pacer), so the backend
 * never answers 429, and every call completes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { throttlingPolicies } from '../connector/throttling.js';
import { createClient } from './create-client.js';
import { createSimulatedClock } from './testing/simulated-clock.js';
import { createFakeItemsBackend } from './testing/fake-items-backend.js';

const policy = throttlingPolicies[0]!;

describe('pacing under random load', () => {
  it('never provokes a 429 and finishes every call', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          // Bursts of concurrent calls, separated by pauses.
          bursts: fc.array(fc.record({ size: fc.integer({ min: 1, max: 60 }), pauseMs: fc.integer({ min: 0, max: 20_000 }) }), {
            minLength: 1,
            maxLength: 8,
          }),
          // Per call: time to reach the backend and time for the answer to come back.
          latencies: fc.array(fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 3_000 })), { minLength: 1, maxLength: 50 }),
        }),
        async ({ bursts, latencies }) => {
          const clock = createSimulatedClock(0);
          const backend = createFakeItemsBackend({ clock, items: [{ n: 1 }], policy });
          let call = 0;
          const client = createClient({
            baseUrl: 'https://ci.test',
            token: 'property',
            clock,
            fetch: async (request) => {
              const [toBackend, back] = latencies[call++ % latencies.length]!;
              await clock.sleep(toBackend);
              const response = await backend.fetch(request);
              await clock.sleep(back);
              return response;
            },
          });
          const all: Promise<{ response: Response }>[] = [];
          for (const { size, pauseMs } of bursts) {
            for (let i = 0; i < size; i++) {
              all.push(client.GET('/datasets/{dataset}/tables/{table}/items', { params: { path: { dataset: 'd', table: 't' } } }));
            }
            await clock.sleep(pauseMs);
          }
          const results = await Promise.all(all);
          expect(results.every((r) => r.response.status === 200)).toBe(true);
          expect(backend.throttled()).toBe(0);
          expect(backend.calls).toHaveLength(all.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
