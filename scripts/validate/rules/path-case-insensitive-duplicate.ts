import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  duplicate: (path: string, first: string) => `Path '${path}' duplicates '${first}' (paths are compared case-insensitively).`,
};

/** Power Platform matches paths case-insensitively: /Items and /items are the same route. */
const rule = defineRule({
  id: 'path-case-insensitive-duplicate',
  description: 'No two paths differ only in letter case.',
  docs: ruleDocs('path-case-insensitive-duplicate'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const path of Object.keys(asObject(ctx.swagger?.paths) ?? {})) {
      const key = path.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, path);
      else out.push({ pointer: pointer(['paths', path]), message: messages.duplicate(path, first) });
    }
    return out;
  },
});
export default rule;
