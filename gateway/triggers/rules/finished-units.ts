/**
 * The job-based triggers (full refresh, process) watch finished jobs or tasks, each identified by
 * its id. The mark is the set of ids already handled, newest last and bounded: the REST API lists
 * only the recent jobs, so an id older than the bound can no longer show up.
 */
import type { HighWaterMark } from '../../store/index.js';
import { timeOf } from '../rest-shapes.js';
import type { RuleOutcome, TriggerEvent, TriggerPayload } from './rule.js';

/** Far more than `top=10` jobs with their tasks can show. */
export const MAX_SEEN_IDS = 1_000;

export interface Unit {
  /** `job:<jobId>` or `task:<taskId>`: also the event's id. */
  id: string;
  end: string | undefined;
  /** Whether this unit notifies the subscription (a manual run may not). */
  fires: boolean;
  payload(): TriggerPayload;
}

function readSeen(mark: HighWaterMark): string[] {
  const seen = mark['seen'];
  return Array.isArray(seen) ? seen.filter((v): v is string => typeof v === 'string') : [];
}

const bounded = (ids: string[]) => (ids.length > MAX_SEEN_IDS ? ids.slice(ids.length - MAX_SEEN_IDS) : ids);

export function finishedUnitsOutcome(units: readonly Unit[], mark: HighWaterMark | undefined): RuleOutcome {
  if (mark === undefined) return { events: [], mark: { seen: bounded(units.map((u) => u.id)) } };
  const seen = readSeen(mark);
  const known = new Set(seen);
  const fresh = units.filter((u) => !known.has(u.id)).sort((a, b) => (timeOf(a.end) ?? 0) - (timeOf(b.end) ?? 0));
  const events: TriggerEvent[] = [];
  let current = seen;
  for (const unit of fresh) {
    current = bounded([...current, unit.id]);
    if (unit.fires) events.push({ id: unit.id, payload: unit.payload(), markAfter: { seen: current } });
  }
  return { events, mark: { seen: current } };
}
