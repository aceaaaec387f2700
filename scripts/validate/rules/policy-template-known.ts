import { pointer, policyInstances } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { TEMPLATES } from './policy-template-parameters.js';

/** Templates Microsoft applies itself: seen in certified connectors but absent from the schema. */
const MICROSOFT_APPLIED = ['setconnectionstatustounauthenticated', 'moveproperties', 'dynamicsubdomain'];

const messages = {
  noTemplateId: () => 'A policy template instance has no templateId.',
  unknownTemplate: (templateId: string) => `'${templateId}' is not a policy template (${Object.keys(TEMPLATES).join(', ')}).`,
  notLowerCase: (templateId: string, lower: string) => `Write templateId '${templateId}' in its canonical lower-case form '${lower}'.`,
};

const rule = defineRule({
  id: 'policy-template-known',
  description: 'Policy templateIds are known templates, written in lower case.',
  docs: ruleDocs('policy-template-known'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { instance, at } of policyInstances(ctx.apiProperties)) {
      const id = instance.templateId;
      const where = pointer(at, 'templateId');
      if (typeof id !== 'string') {
        out.push({ pointer: pointer(at), message: messages.noTemplateId() });
        continue;
      }
      const lower = id.toLowerCase();
      // Own keys only: `lower in TEMPLATES` would accept `constructor` and `tostring`.
      if (!Object.hasOwn(TEMPLATES, lower) && !MICROSOFT_APPLIED.includes(lower)) out.push({ pointer: where, message: messages.unknownTemplate(id) });
      else if (id !== lower) out.push({ pointer: where, message: messages.notLowerCase(id, lower) });
    }
    return out;
  },
});
export default rule;
