/**
 * `GET /instances/{instanceId}/workflows/{workflowName}/status`: `GraphNodeInfo[]`, one node per
 * refresh process with the status of its latest task and when it last succeeded.
 */
import { operationTypeOf, type JobRecord, type TaskRecord } from '../state.js';
import { instanceOf, ok, type Route } from './route.js';
import { checkWorkflow } from './workflow.js';

export const route: Route = {
  operationId: 'Get-workflow-status',
  method: 'GET',
  path: '/instances/{instanceId}/workflows/{workflowName}/status',
  aliases: ['/instances/{instanceId}/manage/workflows/{workflowName}/status'],
  errorModel: 'ApiErrorResult',
  handle(context) {
    checkWorkflow(context);
    const instance = instanceOf(context);
    return ok(
      instance.store.processes.map((process) => {
        const operationType = operationTypeOf(process.Name);
        let latest: { job: JobRecord; task: TaskRecord } | undefined;
        let lastSuccess: { job: JobRecord; task: TaskRecord } | undefined;
        for (const job of instance.jobs) {
          for (const task of job.tasks) {
            if (task.operationType !== operationType) continue;
            latest = { job, task };
            if (task.taskStatus === 'successful') lastSuccess = { job, task };
          }
        }
        const node: Record<string, unknown> = {
          operationType,
          subType: 'noSubType',
          identifier: process.Name,
          friendlyName: process.DisplayName,
          jobIds: latest ? [latest.job.jobId] : [],
          taskStatus: latest?.task.taskStatus ?? 'queued',
          lastSuccessJobIds: lastSuccess ? [lastSuccess.job.jobId] : [],
        };
        if (latest?.task.endTimestamp) node['endTimestamp'] = latest.task.endTimestamp;
        if (lastSuccess?.task.endTimestamp) node['lastSuccessfulTimestamp'] = lastSuccess.task.endTimestamp;
        return node;
      }),
    );
  },
};
