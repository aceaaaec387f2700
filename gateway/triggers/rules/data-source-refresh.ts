/**
 * OnDataSourceRefreshCompleted / OnDataSourceRefreshFailed: a data source's refresh state
 * (`DataSourceMetadata.lastRefresh`, `refreshState`) changed to `updated` (with a newer
 * `lastRefresh`) or to `updateFailed`. The recent workflow jobs supply what the data source list
 * does not: the refresh's start, its job type and the error of a failed ingestion task.
 */
import type { components } from '../../../generated/types.js';
import type { HighWaterMark } from '../../store/index.js';
import { timeOf, type DataSourceState, type JobState, type TaskState } from '../rest-shapes.js';
import { sameName, type Rule, type TriggerEvent } from './rule.js';

type DataSource = components['schemas']['DataSource'];
type Seen = Record<string, { at: string | null; state: string | null }>;

function readSeen(mark: HighWaterMark): Seen {
  const sources = mark['sources'];
  return typeof sources === 'object' && sources !== null && !Array.isArray(sources) ? { ...(sources as Seen) } : {};
}

const stateOf = (source: DataSourceState) => ({ at: source.lastRefresh ?? null, state: source.refreshState ?? null });

/** The ingestion task of this refresh: same data source (by name or the job's id list), newest first. */
function ingestionTask(jobs: readonly JobState[] | undefined, source: DataSourceState, failed: boolean): { job: JobState; task: TaskState } | undefined {
  let best: { job: JobState; task: TaskState; at: number } | undefined;
  for (const job of jobs ?? []) {
    for (const task of job.tasks) {
      if (task.operationType.toLowerCase() !== 'ingestion') continue;
      if ((task.status.toLowerCase() === 'failed') !== failed) continue;
      if (!sameName(task.friendlyName, source.name) && !sameName(task.friendlyName, source.friendlyName) && !job.idList.includes(source.dataSourceId)) continue;
      const at = timeOf(task.end) ?? 0;
      if (!best || at > best.at) best = { job, task, at };
    }
  }
  return best;
}

function payloadOf(source: DataSourceState, jobs: readonly JobState[] | undefined, failed: boolean): components['schemas']['DataSourcesList'] {
  const found = ingestionTask(jobs, source, failed);
  const jobType = found?.job.jobType === 'incremental' ? 'Incremental' : 'Full';
  const entry: DataSource = {
    RefreshType: jobType,
    RefreshObjectId: source.dataSourceId,
    RefreshObjectVersion: source.version ?? 0,
    Operation: 'Ingestion',
    JobType: jobType,
    ...(failed
      ? {
          ErrorCode: found?.task.errorCode ?? 'DataSourceRefreshFailed',
          ErrorMessage: found?.task.errorMessage ?? `Refreshing data source '${source.friendlyName}' failed`,
          ErrorSeverity: 'Error',
        }
      : {}),
    StartTimeUtc: found?.task.submitted ?? source.lastRefresh ?? '',
    EndTimeUtc: found?.task.end ?? source.lastRefresh ?? '',
  };
  return { value: [entry] };
}

function dataSourceRule(kind: 'datasourcerefreshcompleted' | 'datasourcerefreshfailed'): Rule {
  const failed = kind === 'datasourcerefreshfailed';
  return {
    kind,
    needs: ['dataSources', 'jobs'],
    evaluate(_subscription, mark, snapshot) {
      const sources = snapshot.dataSources;
      if (!sources) return undefined;
      if (mark === undefined) return { events: [], mark: { sources: Object.fromEntries(sources.map((s) => [s.dataSourceId, stateOf(s)])) } };
      const seen = readSeen(mark);
      const events: TriggerEvent[] = [];
      const ordered = [...sources].sort((a, b) => (timeOf(a.lastRefresh) ?? 0) - (timeOf(b.lastRefresh) ?? 0));
      for (const source of ordered) {
        const before = seen[source.dataSourceId];
        const now = stateOf(source);
        if (before && before.at === now.at && before.state === now.state) continue;
        seen[source.dataSourceId] = now;
        const newer = before === undefined || before.at === null ? now.at !== null : (timeOf(now.at ?? undefined) ?? 0) > (timeOf(before.at) ?? 0);
        const fires = failed ? now.state === 'updateFailed' && (newer || before?.state !== 'updateFailed') : now.state === 'updated' && newer;
        if (fires) {
          events.push({
            id: `datasource:${source.dataSourceId}:${now.at ?? ''}:${now.state ?? ''}`,
            payload: payloadOf(source, snapshot.jobs, failed),
            markAfter: { sources: { ...seen } },
          });
        }
      }
      return { events, mark: { sources: seen } };
    },
  };
}

export const dataSourceRefreshCompleted = dataSourceRule('datasourcerefreshcompleted');
export const dataSourceRefreshFailed = dataSourceRule('datasourcerefreshfailed');
