/** `GET /instances/{instanceId}/workflows/{workflowName}/jobs?top&includeTasks`: `GraphJobInfo[]`, newest first. */
import { booleanOption, instanceOf, integerOption, ok, type Route } from './route.js';
import { checkWorkflow, jobInfo } from './workflow.js';

/** Jobs listed when `top` is absent. */
export const defaultJobsTop = 10;

export const route: Route = {
  operationId: 'Get-list-of-recent-workflow-jobs',
  method: 'GET',
  path: '/instances/{instanceId}/workflows/{workflowName}/jobs',
  aliases: ['/instances/{instanceId}/manage/workflows/{workflowName}/jobs'],
  errorModel: 'ApiErrorResult',
  handle(context) {
    checkWorkflow(context);
    const instance = instanceOf(context);
    const top = integerOption(context.query, 'top', 1000) ?? defaultJobsTop;
    const includeTasks = booleanOption(context.query, 'includeTasks', false);
    return ok([...instance.jobs].reverse().slice(0, top).map((job) => jobInfo(job, includeTasks)));
  },
};
