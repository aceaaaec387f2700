import { asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** Microsoft's validator requires paths to start with '/', contain no '?', '#' or '*', and keep each {var} inside one segment. */
const rule = defineRule({
  id: 'path-format',
  description: "Paths start with '/', contain no '?', '#' or '*', and have well-formed {parameters}.",
  docs: ruleDocs('path-format'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const path of Object.keys(asObject(ctx.swagger?.paths) ?? {})) {
      if (path.startsWith('x-')) continue;
      const at = pointer(['paths', path]);
      if (!path.startsWith('/')) out.push({ pointer: at, message: `Path '${path}' does not start with '/'.` });
      const bad = /[?#*]/.exec(path);
      if (bad) out.push({ pointer: at, message: `Path '${path}' contains '${bad[0]}'; query strings belong in query parameters.` });
      for (const segment of path.split('/')) {
        const stripped = segment.replace(/\{[^{}/]+\}/g, '');
        if (/[{}]/.test(stripped)) out.push({ pointer: at, message: `Path segment '${segment}' has unbalanced or nested braces.` });
        const withDefault = /\{[^{}/]*=[^{}/]*\}/.exec(segment);
        if (withDefault) out.push({ pointer: at, message: `Path variable '${withDefault[0]}' sets a default with '='; path variables cannot have defaults: give the parameter a "default" instead.` });
      }
    }
    return out;
  },
});
export default rule;
