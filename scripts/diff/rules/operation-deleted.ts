import type { RuleCheck } from '../types.js';

/** Flows store the operationId, so an id missing from the new version is a deleted operation, renamed or not. */
export const operationDeleted: RuleCheck = (oldView, newView) => {
  const findings = [];
  for (const [operationId, before] of oldView.operations) {
    if (newView.operations.has(operationId)) continue;
    const successor = [...newView.operations.values()].find(
      (op) => op.path === before.path && op.method === before.method && !oldView.operations.has(op.operationId),
    );
    const rename = successor
      ? ` It looks renamed to '${successor.operationId}'; a rename counts as a delete because flows store the operationId.`
      : '';
    findings.push({
      message: `The operation '${operationId}' has been deleted. This change breaks existing flows.${rename}`,
      side: 'old' as const,
      pointer: before.pointer,
      operationId,
    });
  }
  return findings;
};
