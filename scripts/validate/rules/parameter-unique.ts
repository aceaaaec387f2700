import { asArray, asObject, HTTP_METHODS, pointer } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  declaredTwice: (location: string, name: string) => `The ${location} parameter '${name}' is declared twice.`,
};

/** Swagger 2.0 identifies a parameter by name and location; a list may not hold one twice. */
const rule = defineRule({
  id: 'parameter-unique',
  description: 'A parameter list does not declare the same name and location twice.',
  docs: ruleDocs('parameter-unique'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    const scan = (list: unknown, at: PointerSegments) => {
      const seen = new Set<string>();
      asArray(list).forEach((raw, i) => {
        const parameter = asObject(ctx.resolve(raw, [...at, i])?.value);
        if (!parameter || typeof parameter.name !== 'string') return;
        const key = `${String(parameter.in)}:${parameter.name}`;
        if (seen.has(key)) out.push({ pointer: pointer(at, i), message: messages.declaredTwice(String(parameter.in), parameter.name) });
        seen.add(key);
      });
    };
    for (const [path, rawItem] of Object.entries(asObject(ctx.swagger?.paths) ?? {})) {
      const item = asObject(rawItem);
      if (!item) continue;
      scan(item.parameters, ['paths', path, 'parameters']);
      for (const method of HTTP_METHODS) {
        const operation = asObject(item[method]);
        if (operation) scan(operation.parameters, ['paths', path, method, 'parameters']);
      }
    }
    return out;
  },
});
export default rule;
