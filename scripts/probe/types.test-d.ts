/**
 * Type-level contract of the probe's public surface: the JSON report's shape, and what a hook
 * supplied by a product layer must provide.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { BackendAccess, EventSource, ProbeEntry, ProbeFailure, ProbeHooks, ProbeReport, ProbeStatus } from './index.js';
import { runProbe } from './index.js';

describe('the report', () => {
  it('has a status per entry, and failures that name a pointer', () => {
    expectTypeOf<ProbeStatus>().toEqualTypeOf<'pass' | 'fail' | 'skip'>();
    expectTypeOf<ProbeEntry['kind']>().toEqualTypeOf<'operation' | 'picker' | 'dynamic-schema'>();
    expectTypeOf<ProbeFailure['pointer']>().toEqualTypeOf<string>();
    expectTypeOf<ProbeReport['summary']>().toEqualTypeOf<{ passed: number; failed: number; skipped: number; calls: number; ms: number }>();
    expectTypeOf(runProbe).returns.resolves.toEqualTypeOf<ProbeReport>();
  });
});

describe('hooks', () => {
  it('an event source fires through the backend access only', () => {
    const events: EventSource = {
      name: 'a test surface',
      available: async (backend) => (await backend.send('GET', '/control')).status === 200,
      fire: async (event, backend) => {
        await backend.send('POST', `/control/${event.operationId}`, { location: event.location });
        return [{ method: 'POST', url: `${backend.url}/control` }];
      },
    };
    expectTypeOf(events).toMatchTypeOf<NonNullable<ProbeHooks['events']>>();
    expectTypeOf<BackendAccess['send']>().parameters.toEqualTypeOf<[method: string, path: string, body?: unknown]>();
    // A hook that fires nothing for a trigger says so with undefined.
    expectTypeOf<ReturnType<EventSource['fire']>>().resolves.toEqualTypeOf<{ method: string; url: string; body?: unknown }[] | undefined>();
  });
});
