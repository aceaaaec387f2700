/** What every step of a probe run shares: the definition, the backend, the report being written. */
import type { Backend, BackendAnswer } from './backend.js';
import { checkAnswer, type ResolvedSchema } from './check-answer.js';
import type { Receiver } from './receiver.js';
import { fail, Recorder } from './recorder.js';
import { buildCall } from './request.js';
import type { Json, ProbeOperation } from './operations.js';
import type { SchemaChecker } from './schema-check.js';
import type { createSampler } from './values.js';
import type { ProbeHooks } from './types.js';

/** The outcome of running one operation: the values it was called with and its answer. */
export interface OperationRun {
  values: Map<string, unknown>;
  answer?: BackendAnswer;
  /** The resolved schema of its answer, when its response schema is dynamic. */
  responseSchema?: unknown;
  ok: boolean;
}

export interface ProbeContext {
  document: Json;
  operations: readonly ProbeOperation[];
  byId: ReadonlyMap<string, ProbeOperation>;
  backend: Backend;
  checker: SchemaChecker;
  sampler: ReturnType<typeof createSampler>;
  /** Put before every operation path (the base path, unless a dynamichosturl policy replaces it). */
  prefix: string;
  write: boolean;
  hooks: ProbeHooks;
  recorder: Recorder;
  /** Runs an operation once (later callers get the same run), e.g. the collection an item id comes from. */
  ensureRun(op: ProbeOperation): Promise<OperationRun | undefined>;
  receiver(): Promise<Receiver>;
  /** Whether the hooks' event source works on this backend (asked once). */
  eventsAvailable(): Promise<boolean>;
  /** GET answers by URL: a lookup the designer makes for many cards is made once. */
  readonly gets: Map<string, Promise<BackendAnswer>>;
  progress(label: string): void;
}

/**
 * Calls a lookup or metadata operation with `values` (once per URL: `cached` when an earlier step made the same call) and records the answer on
 * that operation's own entry, checked against its declared response.
 */
export async function callInternal(
  ctx: ProbeContext,
  op: ProbeOperation,
  values: ReadonlyMap<string, unknown>,
  resolved?: ResolvedSchema,
): Promise<{ answer: BackendAnswer; cached: boolean }> {
  const call = buildCall(op, values, ctx.prefix);
  const key = `${call.method} ${call.url}`;
  let pending = ctx.gets.get(key);
  const first = !pending;
  if (!pending) {
    pending = ctx.backend.send(call);
    ctx.gets.set(key, pending);
  }
  const answer = await pending;
  if (first) {
    const entry = ctx.recorder.operation(op);
    if (entry.detail === 'not reached') {
      entry.status = 'pass';
      entry.detail = '';
    }
    entry.ms += answer.ms;
    const calls = Number(/^answered (\d+)/.exec(entry.detail)?.[1] ?? 0) + 1;
    entry.detail = `answered ${calls} call(s) from pickers and dynamic schemas`;
    fail(entry, ...checkAnswer(ctx.document, ctx.checker, op, answer, resolved));
  }
  return { answer, cached: !first };
}
