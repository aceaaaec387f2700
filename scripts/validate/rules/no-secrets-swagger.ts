import { isObject, pointer } from '../context.js';
import { looksLikeCredential } from '../secret-heuristics.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** Keywords whose value is sent or shown as written: a credential there ships with the connector. */
const LITERAL_KEYWORDS = ['default', 'example', 'x-example', 'x-ms-test-value'] as const;

const messages = {
  literalCredential: (field: string | undefined, keyword: (typeof LITERAL_KEYWORDS)[number]) =>
    `${field ? `'${field}'` : 'This field'} has a ${keyword} that looks like a key, token or password; leave it out and let the connection supply the credential.`,
  extensionCredential: (extension: string) => `${extension} holds a literal credential; take it from a connection parameter instead.`,
};

/**
 * The swagger is published with the connector: a parameter default, a property example or an
 * `x-ms-*` value that holds a key or token gives it to everyone who imports the connector.
 */
const rule = defineRule({
  id: 'no-secrets-swagger',
  description: 'The swagger holds no keys, tokens or passwords in defaults, examples or x-ms-* values.',
  docs: ruleDocs('no-secrets-swagger'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { value, at } of ctx.nodes) {
      if (!isObject(value)) continue;
      // The field's name: a parameter's `name`, or the key under `properties` that holds this schema.
      const parent = at.length >= 2 ? at[at.length - 2] : undefined;
      const name = typeof value.name === 'string' ? value.name : parent === 'properties' ? String(at[at.length - 1]) : undefined;
      for (const keyword of LITERAL_KEYWORDS) {
        if (looksLikeCredential(value[keyword], name)) {
          out.push({
            pointer: pointer(at, keyword),
            message: messages.literalCredential(name, keyword),
          });
        }
      }
      for (const [key, literal] of Object.entries(value)) {
        if (!key.startsWith('x-ms-') || key === 'x-ms-test-value' || typeof literal !== 'string') continue;
        // Extension values are display text and settings: only a credential's own shape counts there.
        if (looksLikeCredential(literal)) {
          out.push({ pointer: pointer(at, key), message: messages.extensionCredential(key) });
        }
      }
    }
    return out;
  },
});
export default rule;
