import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

const ALLOWED = /^[A-Za-z0-9_]+$/;
const MAX_LENGTH = 80;

const messages = {
  characters: (operationId: string) => `operationId '${operationId}' contains characters other than letters, digits and '_'.`,
  tooLong: (operationId: string) => `operationId '${operationId}' is ${operationId.length} characters long (at most ${MAX_LENGTH}).`,
};

/** Microsoft sanitises operationIds to letters and digits (`_` is accepted) and limits their length. */
const rule = defineRule({
  id: 'operation-id-characters',
  description: `operationIds use only letters, digits and '_', at most ${MAX_LENGTH} characters.`,
  docs: ruleDocs('operation-id-characters'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) => {
    const id = e.operationId;
    if (!id) return [];
    const at = pointer(e.at, 'operationId');
    if (!ALLOWED.test(id)) return [{ pointer: at, message: messages.characters(id) }];
    if (id.length > MAX_LENGTH) return [{ pointer: at, message: messages.tooLong(id) }];
    return [];
  }),
});
export default rule;
