/**
 * Runs the rules of a profile over the files of one connector and turns their findings into
 * Diagnostics: code and severity from the rule's data, line and column from the document text,
 * and (for our own connector) the TypeScript source. A rule that throws does not stop the run: its
 * failure becomes a finding like any other.
 */
import type { Diagnostic, SourceLocation } from '../core/diagnostic.js';
import { formatSource } from '../core/diagnostic.js';
import type { LoadedDocument } from '../core/load-document.js';
import { parentPointer } from '../core/json-pointer.js';
import { ValidationContext } from './context.js';
import { severityFor } from './profiles.js';
import type { FileKind, Profile, Rule } from './types.js';
import { sourceFor } from '../core/source-map.js';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

export interface ConnectorFiles {
  swagger?: LoadedDocument;
  apiProperties?: LoadedDocument;
  settings?: LoadedDocument;
}

export interface EngineOptions {
  profile?: Profile;
  /** JSON pointer into the swagger → where that object was written in TypeScript. */
  sources?: ReadonlyMap<string, SourceLocation>;
  /** Existence check for paths named in settings.json, resolved against `cwd` (as paconn does). */
  fileExists?: (path: string) => boolean;
  cwd?: string;
}

const ORDER: readonly FileKind[] = ['swagger', 'apiProperties', 'settings'];

export function runRules(rules: readonly Rule[], files: ConnectorFiles, options: EngineOptions = {}): FileReport[] {
  const profile = options.profile ?? 'custom';
  const reports: FileReport[] = [];
  for (const kind of ORDER) {
    const document = files[kind];
    if (!document) continue;
    const ctx = new ValidationContext({
      kind,
      profile,
      swagger: files.swagger?.value,
      apiProperties: files.apiProperties?.value,
      settings: files.settings?.value,
      text: document.text,
      format: document.format ?? 'json',
      ...(options.fileExists ? { fileExists: options.fileExists } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    const diagnostics: Diagnostic[] = [];
    for (const rule of rules) {
      if (rule.appliesTo !== kind) continue;
      const severity = severityFor(rule, profile);
      if (severity === 'off') continue;
      let findings;
      try {
        findings = rule.check(ctx);
      } catch (error) {
        findings = [{ pointer: '', message: `The rule failed on this input (${error instanceof Error ? error.message : String(error)}); please report it.` }];
      }
      for (const finding of findings) {
        const diagnostic: Diagnostic = { code: rule.id, severity, message: finding.message, pointer: finding.pointer };
        const position = locateNearest(document, finding.pointer);
        if (position) {
          diagnostic.line = position.line;
          diagnostic.column = position.column;
        }
        const source = kind === 'swagger' && options.sources ? sourceFor(options.sources, finding.pointer) : undefined;
        if (source) diagnostic.source = formatSource(source);
        diagnostics.push(diagnostic);
      }
    }
    diagnostics.sort(byPosition);
    reports.push({ file: document.file, diagnostics });
  }
  return reports;
}

/** A finding about a missing key points at the object that should hold it. */
function locateNearest(document: LoadedDocument, pointer: string) {
  let current: string | undefined = pointer;
  while (current !== undefined) {
    const position = document.locate(current);
    if (position) return position;
    current = parentPointer(current);
  }
  return undefined;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}
