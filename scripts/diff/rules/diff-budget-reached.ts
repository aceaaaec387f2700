import { MAX_SCHEMA_NODES } from '../model.js';
import type { Finding, RuleCheck } from '../types.js';

/**
 * A version whose schemas expand beyond the node budget cannot be compared field by field: the
 * engine then runs only the operation-level rules and this one says why the rest are missing.
 */
export const diffBudgetReached: RuleCheck = (oldView, newView) => {
  const out: Finding[] = [];
  for (const [side, view] of [['old', oldView], ['new', newView]] as const) {
    const reached = view.budgetReached;
    if (!reached) continue;
    out.push({
      message:
        `The ${side} version's schemas expand to more than ${reached.visited} schema nodes (the budget, ${MAX_SCHEMA_NODES} by default, ran out at '${reached.operationId}'), ` +
        'so inputs and outputs were not compared; only operation-level changes are reported.',
      side,
      pointer: [],
      operationId: null,
    });
  }
  return out;
};
