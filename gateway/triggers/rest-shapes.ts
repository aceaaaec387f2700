/**
 * The parts of the REST API's answers the poller reads, in the code model's field names
 * (`DataSourceInfo`, `SegmentMetadata`, `MeasureMetadata`, `GraphJobInfo`). Readers are lenient
 * about what they do not use and drop entries that lack what they do, so one odd row never stops
 * the poll of the others.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** A timestamp as milliseconds, for ordering; undefined when it is not one. */
export function timeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export interface DataSourceState {
  dataSourceId: string;
  name: string;
  friendlyName: string;
  lastRefresh: string | undefined;
  /** notUpdated | updated | updating | updateFailed | updateCancelled */
  refreshState: string | undefined;
  version: number | undefined;
}

export function readDataSources(body: unknown): DataSourceState[] {
  return list(body).flatMap((info) => {
    const meta = isRecord(info['dataSourceMetadata']) ? info['dataSourceMetadata'] : info;
    const id = str(meta['dataSourceId']);
    const name = str(meta['name']);
    if (!id || !name) return [];
    return [{ dataSourceId: id, name, friendlyName: str(meta['friendlyName']) ?? name, lastRefresh: str(meta['lastRefresh']), refreshState: str(meta['refreshState']), version: num(meta['version']) }];
  });
}

export interface Evaluation {
  date: string;
  value: number;
}

export interface SegmentState {
  name: string;
  friendlyName: string;
  /** Successful evaluations, oldest first (history and the current status, deduplicated). */
  evaluations: Evaluation[];
  /** The current evaluation is queued or running. */
  running: boolean;
}

/** `SegmentationPublishStats.jobStatus` of a finished, successful evaluation (history rows carry it as a string). */
const SEGMENT_SUCCESS = /^completedsuccess$/i;
const SEGMENT_RUNNING = /^(queued|running)$/i;

function successfulEvaluations(rows: Record<string, unknown>[], dateField: string, valueOf: (row: Record<string, unknown>) => number | undefined, ok: (row: Record<string, unknown>) => boolean): Evaluation[] {
  const byDate = new Map<number, Evaluation>();
  for (const row of rows) {
    const date = str(row[dateField]);
    const at = timeOf(date);
    const value = valueOf(row);
    if (date === undefined || at === undefined || value === undefined || !ok(row)) continue;
    byDate.set(at, { date, value });
  }
  return [...byDate.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}

export function readSegments(body: unknown): SegmentState[] {
  return list(body).flatMap((segment) => {
    const name = str(segment['name']);
    if (!name) return [];
    const status = isRecord(segment['evaluationStatus']) ? segment['evaluationStatus'] : undefined;
    const rows = [...list(segment['evaluationStatusHistory']), ...(status ? [status] : [])];
    const ok = (row: Record<string, unknown>) => row['jobStatus'] === undefined || SEGMENT_SUCCESS.test(String(row['jobStatus']));
    return [
      {
        name,
        friendlyName: str(segment['friendlyName']) ?? name,
        evaluations: successfulEvaluations(rows, 'evaluationDate', (row) => num(row['entityCount']), ok),
        running: status !== undefined && SEGMENT_RUNNING.test(String(status['jobStatus'] ?? '')),
      },
    ];
  });
}

export interface MeasureState {
  name: string;
  displayName: string;
  /** Evaluations of a scalar measure, oldest first (`outputHistory` when given, and `output`). */
  evaluations: Evaluation[];
  running: boolean;
}

/**
 * `ScalarOutput.values` is a map of strings: the value under the measure's own name, else the
 * only numeric entry there is.
 */
export function scalarValue(output: Record<string, unknown>, measureName: string): number | undefined {
  const values = isRecord(output['values']) ? output['values'] : undefined;
  if (!values) return undefined;
  const parse = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
  const own = Object.entries(values).find(([key]) => key.toLowerCase() === measureName.toLowerCase());
  if (own) return parse(own[1]);
  const numeric = Object.values(values).map(parse).filter((v): v is number => v !== undefined);
  return numeric.length === 1 ? numeric[0] : undefined;
}

export function readMeasures(body: unknown): MeasureState[] {
  return list(body).flatMap((measure) => {
    const name = str(measure['name']);
    if (!name) return [];
    const outputs = [...list(measure['outputHistory']), ...(isRecord(measure['output']) ? [measure['output']] : [])];
    const latest = isRecord(measure['latestEvaluation']) ? measure['latestEvaluation'] : {};
    return [
      {
        name,
        displayName: str(measure['displayName']) ?? name,
        evaluations: successfulEvaluations(outputs, 'evaluationTime', (row) => scalarValue(row, name), () => true),
        running: /^running$/i.test(String(latest['state'] ?? '')),
      },
    ];
  });
}

export interface TaskState {
  taskId: string;
  operationType: string;
  status: string;
  friendlyName: string | undefined;
  submitted: string | undefined;
  end: string | undefined;
  errorCode: string | undefined;
  errorMessage: string | undefined;
}

export interface JobState {
  jobId: string;
  operationType: string;
  /** `scheduled` or `onDemand` (a manual run). */
  submissionKind: string;
  jobType: string | undefined;
  status: string;
  submitted: string | undefined;
  end: string | undefined;
  tasks: TaskState[];
  idList: string[];
}

const FINISHED = new Set(['failed', 'timedout', 'aborted', 'deleted', 'successful', 'skipped']);

/** A job or task status that will not change any more. */
export const isFinished = (status: string): boolean => FINISHED.has(status.toLowerCase());

export function readJobs(body: unknown): JobState[] {
  return list(body).flatMap((job) => {
    const jobId = str(job['jobId']);
    const status = str(job['jobStatus']);
    if (!jobId || !status) return [];
    const tasks = list(job['tasks']).flatMap((task) => {
      const taskId = str(task['taskId']);
      const taskStatus = str(task['taskStatus']);
      if (!taskId || !taskStatus) return [];
      const error = isRecord(task['ciError']) ? task['ciError'] : undefined;
      return [
        {
          taskId,
          operationType: str(task['operationType']) ?? 'none',
          status: taskStatus,
          friendlyName: str(task['friendlyName']),
          submitted: str(task['submittedTimestamp']),
          end: str(task['endTimestamp']),
          errorCode: error ? str(error['errorCode']) : undefined,
          errorMessage: error ? str(error['message']) : undefined,
        },
      ];
    });
    return [
      {
        jobId,
        operationType: str(job['operationType']) ?? 'none',
        submissionKind: str(job['jobSubmissionKind']) ?? 'onDemand',
        jobType: str(job['jobType']),
        status,
        submitted: str(job['submittedTimestamp']),
        end: str(job['endTimestamp']),
        tasks,
        idList: Array.isArray(job['idList']) ? job['idList'].filter((v): v is string => typeof v === 'string') : [],
      },
    ];
  });
}
