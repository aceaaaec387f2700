import { asArray, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  empty: () => "schemes is empty; list 'https'.",
  unsupported: (scheme: unknown) => `Scheme ${JSON.stringify(scheme)} is not supported; use 'https'.`,
};

/** The connector's backend URL is schemes[0]://host + basePath; it must be http(s), and https for certification. */
const rule = defineRule({
  id: 'schemes-https',
  description: "schemes is a non-empty list of 'https' (or 'http'); ws and wss are not supported.",
  docs: ruleDocs('schemes-https'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const schemes = ctx.swagger?.schemes;
    if (schemes === undefined) return [];
    const out: Finding[] = [];
    if (Array.isArray(schemes) && schemes.length === 0) out.push({ pointer: '/schemes', message: messages.empty() });
    asArray(schemes).forEach((scheme, i) => {
      if (scheme !== 'https' && scheme !== 'http') out.push({ pointer: pointer(['schemes', i]), message: messages.unsupported(scheme) });
    });
    return out;
  },
});
export default rule;
