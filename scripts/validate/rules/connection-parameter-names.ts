import { pointer } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { defineRule, ruleDocs } from '../types.js';

const messages = {
  notToken: (name: string) => `OAuth connection parameter '${name}' should be named 'token': paconn create/update inject the client secret only into 'token'.`,
};

/** paconn injects --secret only into connectionParameters.token; an OAuth parameter of another name never gets its secret. */
const rule = defineRule({
  id: 'connection-parameter-names',
  description: "The OAuth connection parameter is named 'token' (paconn puts --secret only there).",
  docs: ruleDocs('connection-parameter-names'),
  appliesTo: 'apiProperties',
  messages,
  severity: { custom: 'warning', certification: 'warning' },
  check: (ctx) =>
    connectionParameters(ctx.apiProperties)
      .filter(({ name, parameter }) => parameter.type === 'oauthSetting' && name !== 'token')
      .map(({ name, at }) => ({ pointer: pointer(at), message: messages.notToken(name) })),
});
export default rule;
