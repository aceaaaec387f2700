import { matchedOperations } from '../compare.js';
import type { RuleCheck } from '../types.js';

/** The safe way to retire an operation: existing flows keep working, new flows are steered away. */
export const operationDeprecated: RuleCheck = (oldView, newView) =>
  matchedOperations(oldView, newView)
    .filter(({ before, after }) => before.operation['deprecated'] !== true && after.operation['deprecated'] === true)
    .map(({ operationId, after }) => ({
      message: `The operation '${operationId}' has been marked deprecated; existing flows keep working.`,
      side: 'new' as const,
      pointer: [...after.pointer, 'deprecated'],
      operationId,
    }));
