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

/** A rule's messages, by name: each a template that takes what the message names. */
export type MessageTemplates = Readonly<Record<string, (...args: never[]) => string>>;

export interface Rule<Id extends string = string, Messages extends MessageTemplates = MessageTemplates> {
  /** Kebab-case, unique; the diagnostic `code`. */
  id: Id;
  /** One line, for the README table and SARIF. */
  description: string;
  /** The rule's doc, relative to the project root. */
  docs: string;
  appliesTo: FileKind;
  /** A profile that is not listed does not run the rule. */
  severity: Partial<Record<Profile, RuleSeverity>>;
  check(ctx: ValidationContext): Finding[];
  /** The rule's message templates, for the catalogue: every message a rule reports is made by one of them. */
  messages: Messages;
}

/** A rule with its id (and messages) kept as literal types, so the ruleset can type its catalogue. */
export function defineRule<const Id extends string, const Messages extends MessageTemplates = Record<never, never>>(
  rule: Rule<Id, Messages>,
): Rule<Id, Messages> {
  return rule;
}

/** The doc path of a rule, by the one-file-per-rule convention. */
export function ruleDocs(id: string): string {
  return `scripts/validate/rules/${id}.md`;
}
