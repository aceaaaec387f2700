/**
 * The connector's throttling policy, declared once. No Power Platform file has a field for it, so
 * it travels as documentation (the README's Throttling Limits table), as the runtime export
 * `throttlingPolicies`, and as behaviour (the mock backend and the client enforce it).
 */
import type { ThrottlingPolicy } from './kit/throttling-policy.js';

export const throttlingPolicies: readonly ThrottlingPolicy[] = Object.freeze([
  Object.freeze({ name: 'API calls per connection', calls: 100, renewalPeriodSeconds: 60 }),
]);
