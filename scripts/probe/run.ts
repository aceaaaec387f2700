/**
 * A probe run: every operation of a connector against one backend, in the order the designer meets
 * them. Operations makers see come first, each with the pickers and dynamic schemas it needs (which
 * exercise the internal lookups); internal operations nothing reached are called last.
 */
import { performance } from 'node:perf_hooks';
import { createBackend } from './backend.js';
import type { OperationRun, ProbeContext } from './context.js';
import { defaultPacing } from './limits.js';
import type { ProbeConnector } from './load-connector.js';
import { listOperations, type ProbeOperation } from './operations.js';
import { startReceiver, type Receiver } from './receiver.js';
import { Recorder } from './recorder.js';
import { pathPrefix } from './request.js';
import { runOperation } from './run-operation.js';
import { createSchemaChecker } from './schema-check.js';
import type { ProbeHooks, ProbeReport } from './types.js';
import { createSampler } from './values.js';
import { backendAccess } from './webhook.js';

export interface ProbeOptions {
  connector: ProbeConnector;
  /** The backend's base URL: the only place the probe calls. */
  backend: string;
  /** The connection's bearer token. */
  token: string;
  /** Also call write actions, and fire webhook events through `hooks.events`. */
  write?: boolean;
  hooks?: ProbeHooks;
  /** Called as the probe moves on, for a progress line. */
  onProgress?: (progress: { done: number; total: number; label: string }) => void;
  fetch?: typeof fetch;
}

export async function runProbe(options: ProbeOptions): Promise<ProbeReport> {
  const started = performance.now();
  const document = options.connector.swagger;
  const operations = listOperations(document);
  const policies = options.connector.throttlingPolicies.length > 0 ? options.connector.throttlingPolicies : defaultPacing;
  const backend = createBackend({ url: options.backend, token: options.token, policies, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const runs = new Map<ProbeOperation, Promise<OperationRun>>();
  const finished = new Set<ProbeOperation>();
  let receiver: Promise<Receiver> | undefined;
  let available: Promise<boolean> | undefined;
  let label = '';
  const hooks = options.hooks ?? {};

  const ctx: ProbeContext = {
    document,
    operations,
    byId: new Map(operations.map((op) => [op.operationId, op])),
    backend,
    checker: createSchemaChecker(document),
    sampler: createSampler(document),
    prefix: pathPrefix(document, options.connector.apiProperties),
    write: options.write === true,
    hooks,
    recorder: new Recorder(),
    gets: new Map(),
    ensureRun(op) {
      const existing = runs.get(op);
      // Started and not finished: it is waiting for this very call (a cycle), so it gets nothing.
      if (existing) return finished.has(op) ? existing : Promise.resolve(undefined);
      const run = runOperation(ctx, op).finally(() => {
        finished.add(op);
        options.onProgress?.({ done: finished.size, total: operations.length, label });
      });
      runs.set(op, run);
      return run;
    },
    receiver() {
      receiver ??= startReceiver();
      return receiver;
    },
    eventsAvailable() {
      available ??= hooks.events ? hooks.events.available(backendAccess(ctx)).catch(() => false) : Promise.resolve(false);
      return available;
    },
    progress(text) {
      label = text;
      options.onProgress?.({ done: finished.size, total: operations.length, label });
    },
  };

  try {
    for (const op of operations) if (!op.internal) await ctx.ensureRun(op);
    for (const op of operations) {
      if (!op.internal) continue;
      const entry = ctx.recorder.operation(op);
      if (entry.detail !== 'not reached') continue;
      if (op.method === 'get') await ctx.ensureRun(op);
      else entry.detail = 'internal: no picker, dynamic schema or unsubscribe reached it';
    }
  } finally {
    if (receiver) await (await receiver).close();
  }

  const entries = ctx.recorder.entries(operations).map((entry) => ({ ...entry, ms: Math.round(entry.ms) }));
  return {
    backend: backend.url,
    connector: typeof (document.info as { title?: unknown } | undefined)?.title === 'string' ? (document.info as { title: string }).title : options.connector.label,
    write: ctx.write,
    entries,
    summary: {
      passed: entries.filter((e) => e.status === 'pass').length,
      failed: entries.filter((e) => e.status === 'fail').length,
      skipped: entries.filter((e) => e.status === 'skip').length,
      calls: backend.calls,
      ms: Math.round(performance.now() - started),
    },
  };
}
