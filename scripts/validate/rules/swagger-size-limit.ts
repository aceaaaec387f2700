import { ruleDocs, type Rule } from '../types.js';

export const MAX_SWAGGER_BYTES = 1024 * 1024;

/** Microsoft rejects a custom connector whose swagger is 1 MB or more. */
const rule: Rule = {
  id: 'swagger-size-limit',
  description: 'The swagger file is smaller than 1 MB.',
  docs: ruleDocs('swagger-size-limit'),
  appliesTo: 'swagger',
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const bytes = Buffer.byteLength(ctx.text, 'utf8');
    if (bytes < MAX_SWAGGER_BYTES) return [];
    return [{ pointer: '', message: `The swagger is ${bytes} bytes; Power Platform accepts less than ${MAX_SWAGGER_BYTES} (1 MB). Move shared shapes to definitions or split the connector.` }];
  },
};
export default rule;
