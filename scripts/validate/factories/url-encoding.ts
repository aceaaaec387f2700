import { pointer } from '../context.js';
import { checkEach, everyParameter } from '../selectors.js';
import { defineRule, ruleDocs } from '../types.js';

/**
 * `x-ms-url-encoding` by parameter location: path parameters must declare it (the platform's
 * encoding of path values is ambiguous without it, and Microsoft's validator asks for it), query
 * parameters must not (the validator rejects it there; the platform always encodes them once).
 */
const LOCATIONS = {
  path: {
    id: 'path-parameter-url-encoding',
    description: 'Path parameters declare "x-ms-url-encoding": "single" (or "double").',
    messages: {
      missing: (name: string) => `Path parameter '${name}' has no x-ms-url-encoding; add "x-ms-url-encoding": "single".`,
    },
  },
  query: {
    id: 'query-parameter-url-encoding',
    description: 'Query parameters do not carry x-ms-url-encoding.',
    messages: {
      present: (name: string) => `Query parameter '${name}' has x-ms-url-encoding, which is not supported on query parameters; remove it.`,
    },
  },
} as const;

export function urlEncoding<L extends keyof typeof LOCATIONS>(location: L) {
  const spec = LOCATIONS[location];
  return defineRule({
    id: spec.id as (typeof LOCATIONS)[L]['id'],
    description: spec.description,
    docs: ruleDocs(spec.id),
    appliesTo: 'swagger',
    severity: { custom: 'warning', certification: 'error' },
    messages: spec.messages as (typeof LOCATIONS)[L]['messages'],
    check: checkEach(everyParameter, ({ parameter, definedAt }) => {
      if (parameter.in !== location) return undefined;
      const name = String(parameter.name);
      const present = parameter['x-ms-url-encoding'] !== undefined;
      if ('missing' in spec.messages && !present) return { pointer: pointer(definedAt), message: spec.messages.missing(name) };
      if ('present' in spec.messages && present) return { pointer: pointer(definedAt, 'x-ms-url-encoding'), message: spec.messages.present(name) };
      return undefined;
    }),
  });
}
