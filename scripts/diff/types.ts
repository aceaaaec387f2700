/**
 * The shapes the diff passes around. Rules return findings (what and where); the engine adds the
 * rule's id, severity and advice, so a rule never restates its own catalogue entry.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { PointerSegments } from '../core/json-pointer.js';
import type { ConnectorView, UncomparedOperation } from './model.js';
import type { RuleId } from './ruleset.js';

/** The catalogue's and the output's word for a change's severity. */
export type ChangeSeverity = 'breaking' | 'non-breaking';

/**
 * A change is a `Diagnostic` like every other finding: breaking is `error`, non-breaking is
 * `warning`. The catalogue and the outputs (JSON, text) speak `breaking` / `non-breaking`; the
 * mapping lives here and nowhere else.
 */
export type ChangeDiagnosticSeverity = 'error' | 'warning';

export function toDiagnosticSeverity(severity: ChangeSeverity): ChangeDiagnosticSeverity {
  return severity === 'breaking' ? 'error' : 'warning';
}

export function toChangeSeverity(severity: Diagnostic['severity']): ChangeSeverity {
  return severity === 'error' ? 'breaking' : 'non-breaking';
}

export function isBreaking(change: Pick<Diagnostic, 'severity'>): boolean {
  return change.severity === 'error';
}

/** Which version a pointer points into: additions and changes → `new`, deletions → `old`. */
export type Side = 'old' | 'new';

/** Which file of the connector a pointer points into. */
export type ConnectorFile = 'apiDefinition' | 'apiProperties';

/** What a rule reports: everything about one change except what the catalogue already knows. */
export interface Finding {
  message: string;
  side: Side;
  pointer: PointerSegments;
  /** The operation the change affects, matched by operationId across versions; null for connection-level changes. */
  operationId: string | null;
  /** Defaults to `apiDefinition`. */
  document?: ConnectorFile;
}

export interface Change extends Diagnostic {
  code: RuleId;
  severity: ChangeDiagnosticSeverity;
  /** RFC 6901 pointer into the `side` version of `document`. */
  pointer: string;
  operationId: string | null;
  side: Side;
  document: ConnectorFile;
  /** For breaking changes: how to ship the same intent without breaking existing flows. */
  advice?: string;
}

export interface DiffSummary {
  breaking: number;
  nonBreaking: number;
}

export interface DiffResult {
  changes: Change[];
  summary: DiffSummary;
  /** Per version, the operations no change can be about (no operationId, or a repeated one). */
  uncompared?: Record<Side, readonly UncomparedOperation[]>;
}

/** Read-only facts a rule may need beyond the two views. */
export interface RuleContext {
  /** Compatible type changes, e.g. an input widening from integer to number. */
  readonly compatibleTypeChanges: {
    readonly input: readonly (readonly [string, string])[];
    readonly output: readonly (readonly [string, string])[];
  };
}

/** A rule is pure: two views of the connector in, findings out. */
export type RuleCheck = (oldView: ConnectorView, newView: ConnectorView, ctx: RuleContext) => Finding[];
