import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notPascalCase: (operationId: string) => `operationId '${operationId}' should be PascalCase ('${operationId[0]!.toUpperCase()}${operationId.slice(1)}').`,
};

/** Microsoft's coding standards ask for PascalCase operationIds (GetMessages, not getMessages). */
const rule = defineRule({
  id: 'operation-id-pascal-case',
  description: 'operationIds are PascalCase (start with an upper-case letter).',
  docs: ruleDocs('operation-id-pascal-case'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'info', certification: 'warning' },
  check: checkEach(everyOperation, ({ operationId, at }) =>
    operationId && /^[A-Za-z0-9_]+$/.test(operationId) && !/^[A-Z]/.test(operationId)
      ? {
          pointer: pointer(at, 'operationId'),
          message: messages.notPascalCase(operationId),
        }
      : undefined,
  ),
});
export default rule;
