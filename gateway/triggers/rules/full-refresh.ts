/**
 * OnFullRefreshCompleted: a finished workflow job of operation type `all` that the schedule
 * started (`jobSubmissionKind: scheduled`). Microsoft documents that this trigger ignores manual
 * refreshes, so an on-demand full refresh is marked as seen and notifies nobody.
 */
import type { components } from '../../../generated/types.js';
import { isFinished } from '../rest-shapes.js';
import { finishedUnitsOutcome, type Unit } from './finished-units.js';
import { minutesBetween, statusName, type Rule } from './rule.js';

const FAILED_TASK = new Set(['failed', 'timedout', 'aborted']);

export const fullRefresh: Rule = {
  kind: 'fullrefreshcompleted',
  needs: ['jobs'],
  evaluate(_subscription, mark, snapshot) {
    if (!snapshot.jobs) return undefined;
    const units: Unit[] = snapshot.jobs
      .filter((job) => job.operationType.toLowerCase() === 'all' && isFinished(job.status))
      .map((job) => ({
        id: `job:${job.jobId}`,
        end: job.end,
        fires: job.submissionKind.toLowerCase() === 'scheduled',
        payload: (): Required<components['schemas']['FullRefreshProcessData']> => ({
          NumberOfFailedTasks: job.tasks.filter((t) => FAILED_TASK.has(t.status.toLowerCase())).length,
          StartTime: job.submitted ?? job.end ?? '',
          EndTime: job.end ?? '',
          Duration: minutesBetween(job.submitted, job.end),
          Status: statusName(job.status),
          StatusPage: snapshot.statusPage,
        }),
      }));
    return finishedUnitsOutcome(units, mark);
  },
};
