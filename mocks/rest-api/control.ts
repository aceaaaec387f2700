/**
 * State changes a test or benchmark drives. Each one is stamped with the fake's clock, so a
 * poller that compares timestamps sees it as newer than what it saw before.
 */
import { randomUUID } from 'node:crypto';
import { ApiError } from '../store/errors.js';
import { operationTypes } from './schema.js';
import { pushEvaluation, type FakeState, type JobRecord, type JobStatus, type TaskRecord } from './state.js';

export interface FailRule {
  method?: string;
  path: RegExp;
  status: number;
  retryAfterSeconds?: number;
  remaining: number;
}

export interface RunJobInput {
  operationType: string;
  submissionKind: 'scheduled' | 'manual';
  /** `succeeded` (default) or `failed`, or any workflow job status (`running`, `timedOut`, …). */
  status?: 'succeeded' | 'failed' | JobStatus;
  tasks?: { operationType: string; status?: string }[];
}

export interface FakeRestApiControl {
  evaluateSegment(instanceId: string, segmentName: string, entityCount: number): void;
  evaluateMeasure(instanceId: string, measureName: string, value: number): void;
  refreshDataSource(instanceId: string, dataSourceName: string, outcome: 'success' | 'failure'): void;
  runJob(instanceId: string, job: RunJobInput): void;
  /** The next `count` (default 1) calls matching method + path (relative to `/v1`) answer `status`. */
  failNext(match: { method?: string; path: RegExp }, answer: { status: number; retryAfterSeconds?: number }, count?: number): void;
  grantAccess(instanceId: string, identity: { tid: string; oid: string }): void;
}

const jobStatuses: readonly JobStatus[] = ['queued', 'needsUpdate', 'running', 'failed', 'timedOut', 'aborted', 'deleted', 'successful', 'skipped'];

const isFinished = (status: JobStatus): boolean => status !== 'running' && status !== 'queued' && status !== 'needsUpdate';

/** `succeeded`/`failed` as the control API names them, or any workflow job status verbatim. */
function jobStatus(value: string | undefined, fallback: JobStatus): JobStatus {
  if (value === undefined) return fallback;
  if (value === 'succeeded') return 'successful';
  if ((jobStatuses as readonly string[]).includes(value)) return value as JobStatus;
  throw new TypeError(`Unknown job status '${value}'; use succeeded, failed or one of ${jobStatuses.join(', ')}`);
}

/** Unknown names are programming errors in a test: they throw with the names that exist. */
function unwrap<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof ApiError) throw new Error(error.message);
    throw error;
  }
}

export function createControl(state: FakeState, failRules: FailRule[]): FakeRestApiControl {
  const instance = (id: string) => unwrap(() => state.instance(id));
  return {
    evaluateSegment(instanceId, segmentName, entityCount) {
      if (!Number.isSafeInteger(entityCount) || entityCount < 0) throw new RangeError(`entityCount must be a non-negative integer, got ${entityCount}`);
      const target = instance(instanceId);
      const segment = unwrap(() => target.store.segment(segmentName));
      segment.count = entityCount;
      const list = target.segmentEvaluations.get(segment.name) ?? [];
      pushEvaluation(list, { time: state.now(), value: entityCount });
      target.segmentEvaluations.set(segment.name, list);
    },
    evaluateMeasure(instanceId, measureName, value) {
      if (!Number.isFinite(value)) throw new RangeError(`value must be a finite number, got ${value}`);
      const target = instance(instanceId);
      const measure = unwrap(() => target.store.measure(measureName));
      measure.value = value;
      const list = target.measureEvaluations.get(measure.name) ?? [];
      pushEvaluation(list, { time: state.now(), value });
      target.measureEvaluations.set(measure.name, list);
    },
    refreshDataSource(instanceId, dataSourceName, outcome) {
      const target = instance(instanceId);
      const source = unwrap(() => target.store.dataSource(dataSourceName));
      const now = state.now();
      const failed = outcome === 'failure';
      target.dataSourceRefresh.set(source.id, { lastRefresh: now, refreshState: failed ? 'updateFailed' : 'updated' });
      const task: TaskRecord = {
        taskId: randomUUID(),
        operationType: 'ingestion',
        taskStatus: failed ? 'failed' : 'successful',
        identifier: source.name,
        submittedTimestamp: now,
        endTimestamp: now,
      };
      if (failed) task.error = { errorCode: 'DataSourceRefreshFailed', message: `Refreshing data source '${source.name}' failed.` };
      state.addJob(target, {
        jobId: randomUUID(),
        jobType: 'full',
        jobSubmissionKind: 'onDemand',
        jobStatus: task.taskStatus,
        operationType: 'ingestion',
        submittedTimestamp: now,
        endTimestamp: now,
        tasks: [task],
        idList: [source.id],
      });
    },
    runJob(instanceId, input) {
      const target = instance(instanceId);
      for (const type of [input.operationType, ...(input.tasks ?? []).map((t) => t.operationType)]) {
        if (!operationTypes.has(type)) throw new TypeError(`Unknown operation type '${type}'; the API knows ${[...operationTypes].join(', ')}`);
      }
      const now = state.now();
      const status = jobStatus(input.status, 'successful');
      const tasks = (input.tasks ?? [{ operationType: input.operationType }]).map(
        (t): TaskRecord => {
          const task: TaskRecord = { taskId: randomUUID(), operationType: t.operationType, taskStatus: jobStatus(t.status, status), submittedTimestamp: now };
          if (isFinished(task.taskStatus)) task.endTimestamp = now;
          return task;
        },
      );
      const job: JobRecord = {
        jobId: randomUUID(),
        jobType: 'full',
        jobSubmissionKind: input.submissionKind === 'manual' ? 'onDemand' : 'scheduled',
        jobStatus: status,
        operationType: input.operationType,
        submittedTimestamp: now,
        tasks,
        idList: [],
      };
      if (isFinished(status)) job.endTimestamp = now;
      state.addJob(target, job);
    },
    failNext(match, answer, count = 1) {
      if (!Number.isInteger(answer.status) || answer.status < 400 || answer.status > 599) {
        throw new RangeError(`failNext answers an error status (400-599), got ${answer.status}`);
      }
      if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
      const rule: FailRule = { path: match.path, status: answer.status, remaining: count };
      if (match.method) rule.method = match.method.toUpperCase();
      if (answer.retryAfterSeconds !== undefined) rule.retryAfterSeconds = answer.retryAfterSeconds;
      failRules.push(rule);
    },
    grantAccess(instanceId, identity) {
      instance(instanceId).access.add(`${identity.tid}/${identity.oid}`);
    },
  };
}
