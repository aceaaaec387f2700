/**
 * OnProcessCompleted: a finished process of the refresh workflow. With `process` (an operation
 * type, as ListProcesses names it), the finished tasks of that type in any job, or a job of that
 * type that lists no tasks; without it, every finished job. Scheduled runs always notify; manual
 * (on-demand) runs only with `includingManualRefreshes`.
 */
import type { components } from '../../../generated/types.js';
import { isFinished, type JobState } from '../rest-shapes.js';
import { finishedUnitsOutcome, type Unit } from './finished-units.js';
import { minutesBetween, sameName, statusName, type Rule } from './rule.js';

function unit(id: string, job: JobState, fields: { status: string; submitted: string | undefined; end: string | undefined }, includeManual: boolean, statusPage: string): Unit {
  return {
    id,
    end: fields.end,
    fires: job.submissionKind.toLowerCase() === 'scheduled' || includeManual,
    payload: (): Required<components['schemas']['ProcessData']> => ({
      StartTime: fields.submitted ?? fields.end ?? '',
      EndTime: fields.end ?? '',
      Duration: minutesBetween(fields.submitted, fields.end),
      Status: statusName(fields.status),
      StatusPage: statusPage,
    }),
  };
}

export const processCompleted: Rule = {
  kind: 'processcompleted',
  needs: ['jobs'],
  evaluate({ parameters }, mark, snapshot) {
    if (!snapshot.jobs) return undefined;
    const includeManual = parameters.includingManualRefreshes === true;
    const units: Unit[] = [];
    for (const job of snapshot.jobs) {
      if (parameters.process === undefined) {
        if (isFinished(job.status)) units.push(unit(`job:${job.jobId}`, job, job, includeManual, snapshot.statusPage));
        continue;
      }
      const tasks = job.tasks.filter((t) => sameName(t.operationType, parameters.process) && isFinished(t.status));
      for (const task of tasks) units.push(unit(`task:${task.taskId}`, job, task, includeManual, snapshot.statusPage));
      if (job.tasks.length === 0 && sameName(job.operationType, parameters.process) && isFinished(job.status)) {
        units.push(unit(`job:${job.jobId}`, job, job, includeManual, snapshot.statusPage));
      }
    }
    return finishedUnitsOutcome(units, mark);
  },
};
