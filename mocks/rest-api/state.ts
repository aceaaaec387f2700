/**
 * The fake's state: the mock backend's store (`Instance`: entities with their rows, segments,
 * measures, data sources) plus what only the REST API shows: evaluation history of segments and
 * measures, refresh state of data sources, workflow jobs, and who may read which instance.
 * Every change is stamped with the injected clock.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../store/clock.js';
import type { BackendData } from '../store/model.js';
import { Instance } from '../store/store.js';
import { defaultTestIdentity } from './defaults.js';
import { notFound } from './errors.js';


export type JobStatus = 'queued' | 'needsUpdate' | 'running' | 'failed' | 'timedOut' | 'aborted' | 'deleted' | 'successful' | 'skipped';

export interface EvaluationRecord {
  time: string;
  value: number;
}

export interface TaskRecord {
  taskId: string;
  operationType: string;
  taskStatus: JobStatus;
  /** The node the task ran for, e.g. a data source name for ingestion. */
  identifier?: string;
  submittedTimestamp: string;
  endTimestamp?: string;
  error?: { errorCode: string; message: string };
}

export interface JobRecord {
  jobId: string;
  jobType: 'full' | 'incremental';
  jobSubmissionKind: 'onDemand' | 'scheduled';
  jobStatus: JobStatus;
  operationType: string;
  submittedTimestamp: string;
  endTimestamp?: string;
  tasks: TaskRecord[];
  idList: string[];
}

export interface DataSourceRefresh {
  lastRefresh: string;
  refreshState: 'notUpdated' | 'updated' | 'updating' | 'updateFailed' | 'updateCancelled';
}

export interface FakeInstance {
  store: Instance;
  instanceType: 'production' | 'sandbox';
  createdUtc: string;
  /** Per segment name, oldest first; the last entry is the current evaluation. */
  segmentEvaluations: Map<string, EvaluationRecord[]>;
  /** Per measure name, oldest first; the last entry is the current output. */
  measureEvaluations: Map<string, EvaluationRecord[]>;
  /** Per data source id. */
  dataSourceRefresh: Map<string, DataSourceRefresh>;
  /** Oldest first. */
  jobs: JobRecord[];
  /** `tid/oid` pairs allowed to read the instance. */
  access: Set<string>;
}

/** Workflow jobs kept per instance; older ones are dropped, as the service keeps recent history only. */
export const maxJobsKept = 200;
/** Evaluation history entries kept per segment or measure. */
export const maxEvaluationsKept = 400;

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Process names of the sample data (`Ingestion`, `ProfileStore`, …) as workflow operation types. */
export const operationTypeOf = (processName: string): string => processName.charAt(0).toLowerCase() + processName.slice(1);

export class FakeState {
  readonly instances = new Map<string, FakeInstance>();

  constructor(
    data: BackendData,
    readonly clock: Clock,
  ) {
    for (const definition of data.instances) {
      const store = new Instance(definition);
      const refreshed = Date.parse(definition.refreshTime);
      const at = iso(refreshed);
      const instance: FakeInstance = {
        store,
        instanceType: /sandbox/i.test(definition.displayName) ? 'sandbox' : 'production',
        createdUtc: iso(refreshed - 90 * 86_400_000),
        segmentEvaluations: new Map([...store.segments.values()].map((s) => [s.name, [{ time: at, value: s.count }]])),
        measureEvaluations: new Map([...store.measures.values()].map((m) => [m.name, [{ time: at, value: m.value }]])),
        dataSourceRefresh: new Map(store.dataSources.map((d) => [d.id, { lastRefresh: at, refreshState: 'updated' }])),
        jobs: [],
        access: new Set([`${defaultTestIdentity.tid}/${defaultTestIdentity.oid}`]),
      };
      // The scheduled full refresh that produced the sample data.
      const submitted = iso(refreshed - 30 * 60_000);
      instance.jobs.push({
        jobId: randomUUID(),
        jobType: 'full',
        jobSubmissionKind: 'scheduled',
        jobStatus: 'successful',
        operationType: 'all',
        submittedTimestamp: submitted,
        endTimestamp: at,
        tasks: store.processes.map((p) => ({
          taskId: randomUUID(),
          operationType: operationTypeOf(p.Name),
          taskStatus: 'successful',
          submittedTimestamp: submitted,
          endTimestamp: at,
        })),
        idList: [],
      });
      this.instances.set(definition.id.toLowerCase(), instance);
    }
  }

  now(): string {
    return iso(this.clock.now());
  }

  /** The instance, or a 404 `ApiErrorResult`-shaped error. */
  instance(id: string): FakeInstance {
    const instance = this.instances.get(id.toLowerCase());
    if (!instance) throw notFound('InstanceNotFound', `Instance '${id}' was not found.`);
    return instance;
  }

  addJob(instance: FakeInstance, job: JobRecord): void {
    instance.jobs.push(job);
    if (instance.jobs.length > maxJobsKept) instance.jobs.splice(0, instance.jobs.length - maxJobsKept);
  }
}

export function pushEvaluation(list: EvaluationRecord[], record: EvaluationRecord): void {
  list.push(record);
  if (list.length > maxEvaluationsKept) list.splice(0, list.length - maxEvaluationsKept);
}
