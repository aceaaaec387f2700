import { defineRule, ruleDocs } from '../types.js';

const messages = {
  byteOrderMark: () => 'The file starts with a byte-order mark; save it as UTF-8 without BOM.',
};

/** paconn create/update read the swagger with plain json.load, which fails on a UTF-8 byte-order mark. */
const rule = defineRule({
  id: 'file-byte-order-mark',
  description: 'The swagger has no UTF-8 byte-order mark (paconn create/update cannot read one).',
  docs: ruleDocs('file-byte-order-mark'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: (ctx) => (ctx.text.charCodeAt(0) === 0xfeff ? [{ pointer: '', message: messages.byteOrderMark() }] : []),
});
export default rule;
