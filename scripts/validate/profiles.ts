/**
 * The two profiles. `custom` asks what a deployable custom connector needs; `certification` adds
 * Microsoft's certification rules (metadata, publisher, string guidance). Severity follows what
 * Microsoft enforces: whatever its validators accept in certified connectors is at most a warning
 * in `custom`.
 */
import type { Severity } from '../core/diagnostic.js';
import type { Profile, Rule, RuleSeverity } from './types.js';

export const PROFILES: readonly Profile[] = ['custom', 'certification'];

export const PROFILE_DESCRIPTIONS: Record<Profile, string> = {
  custom: 'what a custom connector needs to deploy with paconn, pac or the maker portal (the default)',
  certification: "custom plus Microsoft's certification rules: connector metadata, publisher and stackOwner, string guidance",
};

/** A rule's severity in a profile; a profile the rule does not list does not run it. */
export function severityFor(rule: Rule, profile: Profile): RuleSeverity {
  return rule.severity[profile] ?? 'off';
}

/** The rules a profile runs, with the severity they run at. */
export function activeRules(rules: readonly Rule[], profile: Profile): { rule: Rule; severity: Severity }[] {
  const active: { rule: Rule; severity: Severity }[] = [];
  for (const rule of rules) {
    const severity = severityFor(rule, profile);
    if (severity !== 'off') active.push({ rule, severity });
  }
  return active;
}
