import { swagger, testRule } from '../testing.js';
import rule from './host-production.js';

const withHost = (host: string) => swagger(undefined, { host });

testRule(rule, {
  valid: [
    { name: 'a production host', swagger: withHost('api.contoso.com'), profile: 'certification' },
    { name: 'a word merely containing test', swagger: withHost('api.contest.com'), profile: 'certification' },
  ],
  invalid: [
    { name: 'a staging host', swagger: withHost('staging.api.contoso.com'), pointers: ['/host'] },
    { name: 'a dev suffix', swagger: withHost('api-dev.contoso.com'), pointers: ['/host'] },
    { name: 'localhost with a port', swagger: withHost('localhost:8080'), pointers: ['/host'] },
    { name: 'an IP address', swagger: withHost('10.0.0.4'), pointers: ['/host'] },
  ],
});
