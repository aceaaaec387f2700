import { connectionParameters } from '../api-properties.js';
import { asObject, pointer, policyInstances } from '../context.js';
import { suggestion } from '../suggest.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const REFERENCE = /@connectionParameters\(\s*['"]([^'"]*)['"]/g;

const messages = {
  unknownParameter: (templateId: string, name: string, parameters: ReadonlySet<string>) =>
    `The ${templateId} policy reads @connectionParameters('${name}'), but the connection has no parameter '${name}', so the value is empty at run time.${suggestion(name, parameters) || ` Its parameters are ${[...parameters].join(', ') || 'none'}.`}`,
};

/**
 * A policy that reads a connection parameter (dynamichosturl's host, a setheader value) must name one
 * the connection has; otherwise the expression is empty at run time and every call goes astray.
 */
const rule = defineRule({
  id: 'policy-connection-parameters',
  description: "Policies' @connectionParameters('...') name connection parameters that exist (dynamichosturl, setheader, ...).",
  docs: ruleDocs('policy-connection-parameters'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const names = new Set(connectionParameters(ctx.apiProperties).map((p) => p.name));
    // The platform resolves the name without regard to case (@connectionParameters('Host') reads 'host').
    const lower = new Set([...names].map((n) => n.toLowerCase()));
    const out: Finding[] = [];
    for (const { instance, at } of policyInstances(ctx.apiProperties)) {
      for (const [key, value] of Object.entries(asObject(instance.parameters) ?? {})) {
        if (typeof value !== 'string') continue;
        for (const match of value.slice(0, 4096).matchAll(REFERENCE)) {
          const name = match[1]!;
          // 'token:TenantId' reads a sub-parameter of 'token'.
          if (lower.has(name.toLowerCase()) || lower.has(name.split(':')[0]!.toLowerCase())) continue;
          out.push({
            pointer: pointer(at, 'parameters', key),
            message: messages.unknownParameter(String(instance.templateId), name, names),
          });
        }
      }
    }
    return out;
  },
});
export default rule;
