import { pointer } from '../context.js';
import { defineRule, ruleDocs } from '../types.js';

/** Microsoft's coding standards ask for PascalCase operationIds (GetMessages, not getMessages). */
const rule = defineRule({
  id: 'operation-id-pascal-case',
  description: 'operationIds are PascalCase (start with an upper-case letter).',
  docs: ruleDocs('operation-id-pascal-case'),
  appliesTo: 'swagger',
  severity: { custom: 'info', certification: 'warning' },
  check: (ctx) =>
    ctx.operations
      .filter((e) => e.operationId && /^[A-Za-z0-9_]+$/.test(e.operationId) && !/^[A-Z]/.test(e.operationId))
      .map((e) => ({
        pointer: pointer(e.at, 'operationId'),
        message: `operationId '${e.operationId}' should be PascalCase ('${e.operationId![0]!.toUpperCase()}${e.operationId!.slice(1)}').`,
      })),
});
export default rule;
