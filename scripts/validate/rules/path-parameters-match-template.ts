import { pointer } from '../context.js';
import { checkEach, everyOperation } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  notInPath: (parameter: string, path: string) => `Path parameter '${parameter}' does not appear in the path '${path}'.`,
  undeclared: (method: string, path: string, variables: readonly string[]) =>
    `${method} ${path} declares no path parameter for ${variables.map((m) => `{${m}}`).join(', ')}.`,
};

/** Every {name} in a path needs an `in: path` parameter, and every path parameter must appear in the path. */
const rule = defineRule({
  id: 'path-parameters-match-template',
  description: 'Path template {variables} and `in: path` parameters match one to one.',
  docs: ruleDocs('path-parameters-match-template'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check: checkEach(everyOperation, (entry, ctx) => {
    const out: Finding[] = [];
    const inTemplate = new Set([...entry.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!));
    const declared = new Set<string>();
    for (const p of ctx.parameters(entry)) {
      if (p.parameter.in !== 'path' || typeof p.parameter.name !== 'string') continue;
      declared.add(p.parameter.name);
      if (!inTemplate.has(p.parameter.name)) {
        out.push({ pointer: pointer(p.at), message: messages.notInPath(p.parameter.name, entry.path) });
      }
    }
    const missing = [...inTemplate].filter((name) => !declared.has(name));
    if (missing.length > 0) {
      out.push({ pointer: pointer(entry.at), message: messages.undeclared(entry.method.toUpperCase(), entry.path, missing) });
    }
    return out;
  }),
});
export default rule;
