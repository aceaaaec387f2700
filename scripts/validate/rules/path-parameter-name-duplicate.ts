import { asObject, pointer } from '../context.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

/** /items/{id} and /items/{name} are one route to the platform; operations need a static segment difference. */
const rule: Rule = {
  id: 'path-parameter-name-duplicate',
  description: 'No two paths differ only in the names of their {parameters} (use routerequesttoendpoint instead).',
  docs: ruleDocs('path-parameter-name-duplicate'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const path of Object.keys(asObject(ctx.swagger?.paths) ?? {})) {
      const shape = path.toLowerCase().replace(/\{[^{}]*\}/g, '{}');
      if (shape === path.toLowerCase()) {
        seen.set(shape, seen.get(shape) ?? path);
        continue;
      }
      const first = seen.get(shape);
      if (first === undefined) seen.set(shape, path);
      else if (first.toLowerCase() !== path.toLowerCase()) {
        out.push({ pointer: pointer(['paths', path]), message: `Path '${path}' differs from '${first}' only in parameter names; give it a distinct static segment (and route it with routerequesttoendpoint if the backend path is the same).` });
      }
    }
    return out;
  },
};
export default rule;
