import { asObject, HTTP_METHODS, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  sameShape: (method: string, path: string, first: string) =>
    `${method} ${path} and ${method} ${first} differ only in parameter names, so the platform cannot tell them apart; give one a distinct static segment (and route it with routerequesttoendpoint if the backend path is the same).`,
};

/**
 * /items/{id} and /items/{name} are one route to the platform, but only for the same method: a GET on
 * one and a DELETE on the other never meet. Two operations clash when their templates differ only in
 * parameter names and they share a method; they need a static segment difference.
 */
const rule = defineRule({
  id: 'path-parameter-name-duplicate',
  description: 'No two operations of the same method have paths that differ only in the names of their {parameters}.',
  docs: ruleDocs('path-parameter-name-duplicate'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    // shape + method → the first path seen with it.
    const seen = new Map<string, string>();
    const out: Finding[] = [];
    for (const [path, item] of Object.entries(asObject(ctx.swagger?.paths) ?? {})) {
      const shape = path.toLowerCase().replace(/\{[^{}]*\}/g, '{}');
      for (const method of HTTP_METHODS) {
        if (!asObject(asObject(item)?.[method])) continue;
        const key = `${method} ${shape}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, path);
        else if (first.toLowerCase() !== path.toLowerCase() && shape !== path.toLowerCase()) {
          out.push({
            pointer: pointer(['paths', path, method]),
            message: messages.sameShape(method.toUpperCase(), path, first),
          });
        }
      }
    }
    return out;
  },
});
export default rule;
