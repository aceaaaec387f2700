/** The workflow routes' shared parts: the one workflow (`main`) and jobs as `GraphJobInfo`. */
import { notFound } from '../errors.js';
import type { JobRecord, TaskRecord } from '../state.js';
import type { RouteContext } from './route.js';

/** Customer Insights has a single refresh workflow. */
export const workflowName = 'main';

export function checkWorkflow(context: RouteContext): void {
  const name = context.params['workflowName']!;
  if (name !== workflowName) throw notFound('WorkflowNotFound', `Workflow '${name}' was not found; the only workflow is '${workflowName}'.`, name);
}

function ciError(error: { errorCode: string; message: string }): Record<string, unknown> {
  return { exceptionCulprit: 'user', errorCode: error.errorCode, resultSeverity: 'error', message: error.message, params: {}, ciResults: [] };
}

export function taskInfo(job: JobRecord, task: TaskRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    taskId: task.taskId,
    taskStatus: task.taskStatus,
    operationType: task.operationType,
    subType: 'noSubType',
    jobIds: [job.jobId],
    friendlyName: task.identifier ?? task.operationType,
    submittedTimestamp: task.submittedTimestamp,
  };
  if (task.endTimestamp) out['endTimestamp'] = task.endTimestamp;
  if (task.error) {
    out['ciError'] = ciError(task.error);
    out['ciErrors'] = [ciError(task.error)];
  }
  return out;
}

export function jobInfo(job: JobRecord, includeTasks: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    jobId: job.jobId,
    jobType: job.jobType,
    jobSubmissionKind: job.jobSubmissionKind,
    jobStatus: job.jobStatus,
    operationType: job.operationType,
    subType: 'noSubType',
    submittedTimestamp: job.submittedTimestamp,
    idList: job.idList,
  };
  if (job.endTimestamp) out['endTimestamp'] = job.endTimestamp;
  if (includeTasks) out['tasks'] = job.tasks.map((t) => taskInfo(job, t));
  return out;
}
