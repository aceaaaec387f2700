/**
 * One poll's reading of an instance: one REST call per resource some subscription needs, whatever
 * the number of subscriptions. Calls go one after the other, so a 429 stops the rest at once.
 */
import type { RestRoutes } from '../config.js';
import { restPath } from '../mappings/context.js';
import type { UpstreamClient } from '../upstream/client.js';
import { readDataSources, readJobs, readMeasures, readSegments } from './rest-shapes.js';
import type { Resource, Snapshot } from './rules/index.js';

/** Recent jobs per poll, with their tasks: enough for a 30-second cycle of any refresh schedule. */
export const JOBS_TOP = 10;
/** Segment history per poll: evaluations between two polls are within a day of each other. */
export const SEGMENT_HISTORY_DAYS = 2;

/** In a fixed order, so every cycle calls the same way. */
export const resourceOrder: readonly Resource[] = ['dataSources', 'segments', 'measures', 'jobs'];

export interface SnapshotRequest {
  upstream: UpstreamClient;
  routes: RestRoutes;
  instanceId: string;
  token: string;
  needs: ReadonlySet<Resource>;
  statusPage: string;
  correlationId: string;
  /** Counts the calls made, also when one of them fails. */
  counter: { calls: number };
}

export async function readSnapshot(request: SnapshotRequest): Promise<Snapshot> {
  const { upstream, routes, instanceId, token, correlationId } = request;
  const get = async (template: string, query?: Record<string, string>) =>
    (await upstream.request({ method: 'GET', path: restPath(template, { instanceId }), token, instanceId, correlationId, retryOn429: false, ...(query ? { query } : {}) })).body;
  const snapshot: Snapshot = { instanceId, statusPage: request.statusPage };
  for (const resource of resourceOrder) {
    if (!request.needs.has(resource)) continue;
    request.counter.calls++;
    switch (resource) {
      case 'dataSources':
        snapshot.dataSources = readDataSources(await get(routes.dataSources));
        break;
      case 'segments':
        snapshot.segments = readSegments(await get(routes.segments, { includeHistoricStats: 'true', historicStatsDays: String(SEGMENT_HISTORY_DAYS) }));
        break;
      case 'measures':
        snapshot.measures = readMeasures(await get(routes.measures));
        break;
      case 'jobs':
        snapshot.jobs = readJobs(await get(routes.workflowJobs, { top: String(JOBS_TOP), includeTasks: 'true' }));
        break;
    }
  }
  return snapshot;
}

/** Something is running: the poller looks again after the short interval. */
export function isBusy(snapshot: Snapshot): boolean {
  return (
    (snapshot.jobs ?? []).some((job) => !['failed', 'timedout', 'aborted', 'deleted', 'successful', 'skipped'].includes(job.status.toLowerCase())) ||
    (snapshot.segments ?? []).some((s) => s.running) ||
    (snapshot.measures ?? []).some((m) => m.running) ||
    (snapshot.dataSources ?? []).some((d) => d.refreshState === 'updating')
  );
}
