/**
 * The vocabulary of the validator: a rule is data (id, description, doc, where it applies, how
 * severe it is per profile) plus one pure function that returns findings with pointers. The engine
 * turns findings into Diagnostics (code, severity, line/column, source).
 */
import type { Severity } from '../core/diagnostic.js';
import type { ValidationContext } from './context.js';

export type Profile = 'custom' | 'certification';

export type FileKind = 'swagger' | 'apiProperties' | 'settings';

export type RuleSeverity = Severity | 'off';

/** What a rule reports: a message and where (an RFC 6901 pointer into the file the rule applies to). */
export interface Finding {
  message: string;
  pointer: string;
}

export interface Rule {
  /** Kebab-case, unique; the diagnostic `code`. */
  id: string;
  /** One line, for the README table and SARIF. */
  description: string;
  /** The rule's doc, relative to the project root. */
  docs: string;
  appliesTo: FileKind;
  /** A profile that is not listed does not run the rule. */
  severity: Partial<Record<Profile, RuleSeverity>>;
  check(ctx: ValidationContext): Finding[];
}

/** The doc path of a rule, by the one-file-per-rule convention. */
export function ruleDocs(id: string): string {
  return `scripts/validate/rules/${id}.md`;
}
