import { asObject, pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

export const NEXT_LINK_NAMES = ['nextLink', '@odata.nextLink'];

const messages = {
  unsupported: (nextLinkName: string) => `nextLinkName '${nextLinkName}' is not supported; use 'nextLink' or '@odata.nextLink'.`,
};

/** Microsoft's validator accepts only the two next-link property names the platform's pager understands. */
const rule = defineRule({
  id: 'pageable-next-link-name',
  description: "x-ms-pageable.nextLinkName is 'nextLink' or '@odata.nextLink'.",
  docs: ruleDocs('pageable-next-link-name'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyOperation, (e) => {
    const name = asObject(e.operation['x-ms-pageable'])?.nextLinkName;
    if (typeof name !== 'string' || NEXT_LINK_NAMES.includes(name)) return [];
    return [{ pointer: pointer(e.at, 'x-ms-pageable', 'nextLinkName'), message: messages.unsupported(name) }];
  }),
});
export default rule;
