import { stringAt } from '../json.js';
import { matchedOperations } from '../compare.js';
import type { RuleCheck } from '../types.js';

/** The designer cannot show an internal operation, so flows that use it can no longer be edited. */
export const operationHidden: RuleCheck = (oldView, newView) =>
  matchedOperations(oldView, newView)
    .filter(
      ({ before, after }) =>
        stringAt(before.operation, 'x-ms-visibility') !== 'internal' &&
        stringAt(after.operation, 'x-ms-visibility') === 'internal',
    )
    .map(({ operationId, after }) => ({
      message: `The operation '${operationId}' has been hidden (x-ms-visibility: internal). This change breaks the designer for existing flows.`,
      side: 'new' as const,
      pointer: [...after.pointer, 'x-ms-visibility'],
      operationId,
    }));
