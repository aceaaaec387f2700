/**
 * The two threshold triggers share one rule: a newer successful evaluation whose value reaches the
 * threshold while the one before it was below (upward crossings only). Evaluations between two polls
 * are each compared with the one before them (the segment list's `evaluationStatusHistory`), so a
 * crossing followed by a fall before the next poll still fires once.
 */
import type { HighWaterMark } from '../../store/index.js';
import { timeOf, type Evaluation } from '../rest-shapes.js';
import type { RuleOutcome, TriggerEvent, TriggerPayload } from './rule.js';

export interface ThresholdMark extends HighWaterMark {
  /** The last evaluation seen: its date and value; null before the watched item was ever evaluated. */
  date: string | null;
  value: number | null;
}

export function readThresholdMark(mark: HighWaterMark): ThresholdMark {
  return {
    date: typeof mark['date'] === 'string' ? mark['date'] : null,
    value: typeof mark['value'] === 'number' ? mark['value'] : null,
  };
}

/** Upward only: the previous value was below the threshold and the new one reaches it. */
export const crossesUpward = (previous: number, next: number, threshold: number): boolean => previous < threshold && next >= threshold;

export function thresholdOutcome(
  evaluations: readonly Evaluation[],
  mark: HighWaterMark | undefined,
  threshold: number,
  eventOf: (evaluation: Evaluation) => { id: string; payload: TriggerPayload },
): RuleOutcome {
  const latest = evaluations[evaluations.length - 1];
  if (mark === undefined) return { events: [], mark: { date: latest?.date ?? null, value: latest?.value ?? null } };
  const seen = readThresholdMark(mark);
  const since = timeOf(seen.date ?? undefined) ?? -Infinity;
  let previous = seen.value;
  let current: ThresholdMark = seen;
  const events: TriggerEvent[] = [];
  for (const evaluation of evaluations) {
    if ((timeOf(evaluation.date) ?? -Infinity) <= since) continue;
    current = { date: evaluation.date, value: evaluation.value };
    if (previous !== null && crossesUpward(previous, evaluation.value, threshold)) events.push({ ...eventOf(evaluation), markAfter: current });
    previous = evaluation.value;
  }
  return { events, mark: current };
}
