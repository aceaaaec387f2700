import type { RuleCheck } from '../types.js';

export const operationAdded: RuleCheck = (oldView, newView) =>
  [...newView.operations.values()]
    .filter((op) => !oldView.operations.has(op.operationId))
    .map((op) => ({
      message: `The operation '${op.operationId}' has been added (${op.method.toUpperCase()} ${op.path}).`,
      side: 'new' as const,
      pointer: op.pointer,
      operationId: op.operationId,
    }));
