import { matchedOperations } from '../compare.js';
import type { RuleCheck } from '../types.js';

/** Action ↔ trigger, webhook ↔ polling, single ↔ batch: a flow is registered for the kind it was built on. */
export const triggerKindChanged: RuleCheck = (oldView, newView) =>
  matchedOperations(oldView, newView)
    .filter(({ before, after }) => before.triggerKind !== after.triggerKind)
    .map(({ operationId, before, after }) => ({
      message: `The trigger kind has been changed for the operation '${operationId}' (${before.triggerKind} → ${after.triggerKind}). Existing flows were built for the old kind.`,
      side: 'new' as const,
      pointer: 'x-ms-trigger' in after.operation ? [...after.pointer, 'x-ms-trigger'] : after.pointer,
      operationId,
    }));
