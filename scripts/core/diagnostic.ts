/**
 * A finding about a connector file, as data. Every checker (the build, the validator's rules, the
 * loaders) returns these instead of throwing, so a run reports everything it found at once.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Where an object of our own connector was written in TypeScript. */
export interface SourceLocation {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic {
  /** Kebab-case rule or check id, e.g. `summary-trailing-punctuation`. */
  code: string;
  severity: Severity;
  message: string;
  /** RFC 6901 JSON pointer into the file the finding is about (`""` for the whole file). */
  pointer: string;
  /** 1-based line and column of the pointer's target in the file, when the file text is known. */
  line?: number;
  column?: number;
  /** Where the object was authored in TypeScript, as `file:line`, when known. */
  source?: string;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const summary: DiagnosticSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

export function formatSource(location: SourceLocation): string {
  return `${location.file}:${location.line}`;
}
