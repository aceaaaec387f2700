import { pointer } from '../context.js';
import { connectionParameters } from '../api-properties.js';
import { defineRule, ruleDocs } from '../types.js';

/** paconn injects --secret only into connectionParameters.token; an OAuth parameter of another name never gets its secret. */
const rule = defineRule({
  id: 'connection-parameter-names',
  description: "The OAuth connection parameter is named 'token' (paconn puts --secret only there).",
  docs: ruleDocs('connection-parameter-names'),
  appliesTo: 'apiProperties',
  severity: { custom: 'warning', certification: 'warning' },
  check: (ctx) =>
    connectionParameters(ctx.apiProperties)
      .filter(({ name, parameter }) => parameter.type === 'oauthSetting' && name !== 'token')
      .map(({ name, at }) => ({ pointer: pointer(at), message: `OAuth connection parameter '${name}' should be named 'token': paconn create/update inject the client secret only into 'token'.` })),
});
export default rule;
