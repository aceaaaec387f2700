import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  noLeadingSlash: (path: string) => `Path '${path}' does not start with '/'.`,
  forbiddenCharacter: (path: string, character: string) => `Path '${path}' contains '${character}'; query strings belong in query parameters.`,
  unbalancedBraces: (segment: string) => `Path segment '${segment}' has unbalanced or nested braces.`,
  variableDefault: (variable: string) => `Path variable '${variable}' sets a default with '='; path variables cannot have defaults: give the parameter a "default" instead.`,
};

/** Microsoft's validator requires paths to start with '/', contain no '?', '#' or '*', and keep each {var} inside one segment. */
const rule = defineRule({
  id: 'path-format',
  description: "Paths start with '/', contain no '?', '#' or '*', and have well-formed {parameters}.",
  docs: ruleDocs('path-format'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const path of Object.keys(asObject(ctx.swagger?.paths) ?? {})) {
      if (path.startsWith('x-')) continue;
      const at = pointer(['paths', path]);
      if (!path.startsWith('/')) out.push({ pointer: at, message: messages.noLeadingSlash(path) });
      const bad = /[?#*]/.exec(path);
      if (bad) out.push({ pointer: at, message: messages.forbiddenCharacter(path, bad[0]) });
      for (const segment of path.split('/')) {
        const stripped = segment.replace(/\{[^{}/]+\}/g, '');
        if (/[{}]/.test(stripped)) out.push({ pointer: at, message: messages.unbalancedBraces(segment) });
        const withDefault = /\{[^{}/]*=[^{}/]*\}/.exec(segment);
        if (withDefault) out.push({ pointer: at, message: messages.variableDefault(withDefault[0]) });
      }
    }
    return out;
  },
});
export default rule;
