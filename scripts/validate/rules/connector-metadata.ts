import { asArray, asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

export const CATEGORIES = [
  'AI', 'Business Management', 'Business Intelligence', 'Collaboration', 'Commerce', 'Communication',
  'Content and Files', 'Finance', 'Data', 'Human Resources', 'Internet of Things', 'IT Operations',
  'Lifestyle and Entertainment', 'Marketing', 'Productivity', 'Sales and CRM', 'Security', 'Social Media', 'Website',
];
const REQUIRED = ['Website', 'Privacy policy', 'Categories'];

const messages = {
  missing: () => 'x-ms-connector-metadata is missing (Website, Privacy policy, Categories).',
  noEntry: (name: string) => `x-ms-connector-metadata has no '${name}' entry (the name is case-sensitive).`,
  tooManyCategories: (count: number) => `${count} categories; at most 2 are allowed.`,
  unknownCategory: (category: string) => `'${category}' is not a connector category (${CATEGORIES.join(', ')}).`,
};

/** Certification requires x-ms-connector-metadata with Website, Privacy policy and at most two known Categories. */
const rule = defineRule({
  id: 'connector-metadata',
  description: 'x-ms-connector-metadata lists Website, Privacy policy and 1–2 known Categories (certification).',
  docs: ruleDocs('connector-metadata'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'error' },
  check(ctx) {
    const doc = ctx.swagger;
    if (!doc) return [];
    const metadata = doc['x-ms-connector-metadata'];
    if (!Array.isArray(metadata)) return [{ pointer: '', message: messages.missing() }];
    const out: Finding[] = [];
    const names = new Map<string, number>();
    asArray(metadata).forEach((entry, i) => {
      const name = asObject(entry)?.propertyName;
      if (typeof name === 'string') names.set(name, i);
    });
    for (const name of REQUIRED) {
      if (!names.has(name)) out.push({ pointer: '/x-ms-connector-metadata', message: messages.noEntry(name) });
    }
    const index = names.get('Categories');
    const value = index === undefined ? undefined : asObject(metadata[index])?.propertyValue;
    if (typeof value === 'string') {
      const categories = value.split(';').map((c) => c.trim()).filter(Boolean);
      const at = pointer(['x-ms-connector-metadata', index!, 'propertyValue']);
      if (categories.length > 2) out.push({ pointer: at, message: messages.tooManyCategories(categories.length) });
      for (const category of categories) {
        if (!CATEGORIES.includes(category)) out.push({ pointer: at, message: messages.unknownCategory(category) });
      }
    }
    return out;
  },
});
export default rule;
