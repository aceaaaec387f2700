import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  pathRef: (path: string, ref: unknown) =>
    `Path '${path}' is a $ref (${JSON.stringify(ref)}); Power Platform does not support a $ref on a path, so its operations are missing. Write the operations under '${path}' itself.`,
};

/** Power Platform does not follow a `$ref` on a path item: the operations behind it do not exist for it. */
const rule = defineRule({
  id: 'path-item-ref',
  description: 'A path item has no $ref (Power Platform does not follow it); write its operations in place.',
  docs: ruleDocs('path-item-ref'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const [path, item] of Object.entries(asObject(ctx.swagger?.paths) ?? {})) {
      const ref = asObject(item)?.$ref;
      if (ref === undefined) continue;
      out.push({ pointer: pointer(['paths', path, '$ref']), message: messages.pathRef(path, ref) });
    }
    return out;
  },
});
export default rule;
