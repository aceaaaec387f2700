/** `GET /instances/{instanceId}/workflows/{workflowName}/jobs/{jobId}?includeTasks`: one `GraphJobInfo`. */
import { notFound } from '../errors.js';
import { booleanOption, instanceOf, ok, type Route } from './route.js';
import { checkWorkflow, jobInfo } from './workflow.js';

export const route: Route = {
  operationId: 'Get-a-workflow-job-information',
  method: 'GET',
  path: '/instances/{instanceId}/workflows/{workflowName}/jobs/{jobId}',
  aliases: ['/instances/{instanceId}/manage/workflows/{workflowName}/jobs/{jobId}'],
  errorModel: 'ApiErrorResult',
  handle(context) {
    checkWorkflow(context);
    const instance = instanceOf(context);
    const id = context.params['jobId']!;
    const job = instance.jobs.find((j) => j.jobId === id.toLowerCase());
    if (!job) throw notFound('JobNotFound', `Workflow job '${id}' was not found.`, id);
    return ok(jobInfo(job, booleanOption(context.query, 'includeTasks', false)));
  },
};
