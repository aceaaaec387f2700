import { asArray, asObject, pointer } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  noSuchProperty: (discriminator: unknown) =>
    `discriminator ${JSON.stringify(discriminator)} must name a required string property of this schema (there is no such property).`,
  notString: (discriminator: unknown, type: string) =>
    `discriminator ${JSON.stringify(discriminator)} must name a required string property of this schema (it is of type ${type}).`,
  notRequired: (discriminator: unknown) =>
    `discriminator ${JSON.stringify(discriminator)} must name a required string property of this schema (add it to required).`,
};

/** A discriminator tells subtypes apart by a property's value, so the property must always be there and be a string. */
const rule = defineRule({
  id: 'schema-discriminator',
  description: "A schema's discriminator names one of its required string properties.",
  docs: ruleDocs('schema-discriminator'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { schema, at } of ctx.schemas) {
      const name = schema.discriminator;
      if (name === undefined) continue;
      const property = typeof name === 'string' ? asObject(ctx.resolve(asObject(schema.properties)?.[name], [...at, 'properties', name])?.value) : undefined;
      const required = typeof name === 'string' && asArray(schema.required).includes(name);
      if (!property || property.type !== 'string' || !required) {
        out.push({
          pointer: pointer(at, 'discriminator'),
          message: !property ? messages.noSuchProperty(name) : property.type !== 'string' ? messages.notString(name, String(property.type)) : messages.notRequired(name),
        });
      }
    }
    return out;
  },
});
export default rule;
