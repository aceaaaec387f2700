import { matchedOperations } from '../compare.js';
import type { RuleCheck } from '../types.js';

export const pathChanged: RuleCheck = (oldView, newView) =>
  matchedOperations(oldView, newView)
    .filter(({ before, after }) => before.path !== after.path || before.method !== after.method)
    .map(({ operationId, before, after }) => ({
      message:
        `The path template has been changed for the operation '${operationId}' ` +
        `(${before.method.toUpperCase()} ${before.path} → ${after.method.toUpperCase()} ${after.path}).`,
      side: 'new' as const,
      pointer: after.pointer,
      operationId,
    }));
