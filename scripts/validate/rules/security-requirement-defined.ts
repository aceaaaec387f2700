import { asArray, asObject, pointer, type ValidationContext } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { suggestion } from '../suggest.js';
import { checkAll, checkEach, everyOperation, theDocument } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  undefinedScheme: (name: string, hint: string) =>
    `Security scheme '${name}' is not defined in securityDefinitions.${hint || ' Define it there or remove the requirement.'}`,
  scopesWithoutOAuth: (name: string) => `Security scheme '${name}' is not OAuth 2, so its scope list must be [].`,
  undefinedScope: (scope: string, name: string, hint: string) =>
    `Scope '${scope}' is not among the scopes of '${name}' in securityDefinitions; add it there.${hint}`,
};

function requirementFindings(ctx: ValidationContext, security: unknown, at: PointerSegments): Finding[] {
  const definitions = asObject(ctx.swagger?.securityDefinitions) ?? {};
  const out: Finding[] = [];
  asArray(security).forEach((requirement, i) => {
    for (const [name, scopes] of Object.entries(asObject(requirement) ?? {})) {
      const scheme = asObject(definitions[name]);
      const where = pointer(at, i, name);
      if (!scheme) out.push({ pointer: where, message: messages.undefinedScheme(name, suggestion(name, Object.keys(definitions))) });
      else if (scheme.type !== 'oauth2' && asArray(scopes).length > 0) out.push({ pointer: where, message: messages.scopesWithoutOAuth(name) });
      else if (scheme.type === 'oauth2') {
        const defined = asObject(scheme.scopes) ?? {};
        asArray(scopes).forEach((scope, j) => {
          if (typeof scope === 'string' && !Object.prototype.hasOwnProperty.call(defined, scope)) {
            out.push({ pointer: pointer(at, i, name, j), message: messages.undefinedScope(scope, name, suggestion(scope, Object.keys(defined))) });
          }
        });
      }
    }
  });
  return out;
}

/** A security requirement names a scheme of securityDefinitions; only OAuth 2 schemes take scopes. */
const rule = defineRule({
  id: 'security-requirement-defined',
  description: 'Security requirements name schemes defined in securityDefinitions; non-OAuth schemes list no scopes.',
  docs: ruleDocs('security-requirement-defined'),
  appliesTo: 'swagger',
  messages,
  // The platform takes authentication from apiProperties, not from these requirements, and certified
  // connectors name undefined schemes; Microsoft's certification (SecurityRequirementMustBeDefined) rejects it.
  severity: { custom: 'warning', certification: 'error' },
  check: checkAll(
    checkEach(theDocument, (_swagger, ctx) => requirementFindings(ctx, ctx.swagger?.security, ['security'])),
    checkEach(everyOperation, (entry, ctx) => requirementFindings(ctx, entry.operation.security, [...entry.at, 'security'])),
  ),
});
export default rule;
