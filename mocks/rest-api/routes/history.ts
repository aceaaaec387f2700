/** `includeHistoricStats` / `historicStatsDays`: which evaluations a history answer keeps. */
import type { EvaluationRecord } from '../state.js';
import { booleanOption, integerOption, type RouteContext } from './route.js';

/** Days of history when `historicStatsDays` is absent. */
export const defaultHistoricStatsDays = 30;

/** Evaluations within the requested days, newest first; `undefined` when history was not asked for. */
export function requestedHistory(context: RouteContext, evaluations: readonly EvaluationRecord[]): EvaluationRecord[] | undefined {
  if (!booleanOption(context.query, 'includeHistoricStats', false)) return undefined;
  const days = integerOption(context.query, 'historicStatsDays', 3650) ?? defaultHistoricStatsDays;
  const since = context.state.clock.now() - days * 86_400_000;
  return evaluations.filter((e) => Date.parse(e.time) >= since).reverse();
}
