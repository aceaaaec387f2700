import { defineRule, ruleDocs } from '../types.js';

const NON_PRODUCTION = /(^|[.-])(dev|develop|development|test|testing|staging|stage|stg|qa|uat|sandbox|preview|localhost)([.-]|$)|^\d{1,3}(\.\d{1,3}){3}(:\d+)?$/i;

const messages = {
  notProduction: (host: string) => `host '${host}' looks like a development or test service; certification requires the production host.`,
};

/** Certification requires the production host: makers' flows must not run against a test backend. */
const rule = defineRule({
  id: 'host-production',
  description: 'host names a production service, not localhost, an IP address or a dev/test/staging host (certification).',
  docs: ruleDocs('host-production'),
  appliesTo: 'swagger',
  messages,
  severity: { certification: 'warning' },
  check(ctx) {
    const host = ctx.swagger?.host;
    if (typeof host !== 'string' || !NON_PRODUCTION.test(host.replace(/:\d+$/, ''))) return [];
    return [{ pointer: '/host', message: messages.notProduction(host) }];
  },
});
export default rule;
