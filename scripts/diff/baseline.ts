/**
 * The release gate: the last released definition is committed under `baseline/`, and breaking
 * changes against it are allowed only when recorded in `baseline/accepted-changes.json`:
 *
 *   { "version": "1.1.0", "accepted": [ { "code", "operationId", "pointer", "reason" } ] }
 *
 * `version` names the release that ships the accepted changes, so accepting anything requires a
 * version other than the baseline's own (`info.version`). Promoting a release copies `generated/`
 * into `baseline/` and empties the list.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toStableJson } from '../core/stable-json.js';
import { isObject, objectAt } from './json.js';
import { isBreaking, type Change } from './types.js';

export interface AcceptedChange {
  code: string;
  operationId: string | null;
  pointer: string;
  reason: string;
}

export interface AcceptedChanges {
  version: string;
  accepted: AcceptedChange[];
}

export interface GateReport {
  /** Breaking changes nobody recorded: the gate fails on these. */
  unaccepted: Change[];
  /** Recorded entries that match no breaking change any more (fixed, or mistyped): also a failure. */
  stale: AcceptedChange[];
  /** Why the record itself is not acceptable, if it is not. */
  problems: string[];
}

export const BASELINE_FILES = ['apiDefinition.swagger.json', 'apiProperties.json'] as const;
export const ACCEPTED_FILE = 'accepted-changes.json';
/** The reason of a pasted entry; the record is refused until someone replaces it with the real one. */
export const PLACEHOLDER_REASON = 'Explain why existing flows can take this break.';

/** Reads accepted-changes.json; problems come back as messages instead of exceptions. */
export function parseAccepted(text: string): AcceptedChanges | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [`${ACCEPTED_FILE} is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const problems: string[] = [];
  if (!isObject(value)) return { problems: [`${ACCEPTED_FILE} must be an object { "version", "accepted" }`] };
  if (typeof value['version'] !== 'string' || value['version'] === '') problems.push('"version" must be a non-empty string');
  const list = value['accepted'];
  if (!Array.isArray(list)) problems.push('"accepted" must be an array');
  const accepted: AcceptedChange[] = [];
  (Array.isArray(list) ? list : []).forEach((entry, index) => {
    const ok =
      isObject(entry) &&
      typeof entry['code'] === 'string' &&
      (typeof entry['operationId'] === 'string' || entry['operationId'] === null) &&
      typeof entry['pointer'] === 'string' &&
      typeof entry['reason'] === 'string' &&
      entry['reason'].trim() !== '' &&
      entry['reason'] !== PLACEHOLDER_REASON;
    if (!ok) {
      problems.push(`accepted[${index}] needs "code", "operationId" (string or null), "pointer" and a "reason" of its own`);
      return;
    }
    accepted.push({
      code: entry['code'] as string,
      operationId: entry['operationId'] as string | null,
      pointer: entry['pointer'] as string,
      reason: entry['reason'] as string,
    });
  });
  return problems.length > 0 ? { problems } : { version: value['version'] as string, accepted };
}

export function checkGate(changes: readonly Change[], record: AcceptedChanges, baselineVersion: string | undefined): GateReport {
  const matches = (entry: AcceptedChange, change: Change) =>
    entry.code === change.code && entry.operationId === change.operationId && entry.pointer === change.pointer;
  const breaking = changes.filter(isBreaking);
  const problems: string[] = [];
  if (record.accepted.length > 0 && record.version === baselineVersion) {
    problems.push(
      `accepted breaking changes need a new version: "version" is ${record.version}, the same as the baseline; ` +
        'set it to the version that ships them',
    );
  }
  return {
    unaccepted: breaking.filter((change) => !record.accepted.some((entry) => matches(entry, change))),
    stale: record.accepted.filter((entry) => !breaking.some((change) => matches(entry, change))),
    problems,
  };
}

/** An entry for accepted-changes.json, ready to paste; the reason is for the author to write. */
export function toAcceptedEntry(change: Change): AcceptedChange {
  return { code: change.code, operationId: change.operationId, pointer: change.pointer, reason: PLACEHOLDER_REASON };
}

/** The record right after a release: nothing accepted against the new baseline. */
export function promotedRecord(version: string): AcceptedChanges {
  return { version, accepted: [] };
}

/**
 * Makes the released definition the baseline: copies the connector files from `generatedDir` into
 * `baselineDir` and resets the record to `version` (default: the swagger's info.version) with
 * nothing accepted. Returns the version, or why it could not.
 */
export function promote(generatedDir: string, baselineDir: string, version?: string): { version: string } | { error: string } {
  try {
    const swagger: unknown = JSON.parse(readFileSync(path.join(generatedDir, BASELINE_FILES[0]), 'utf8'));
    const released = version ?? objectAt(swagger, 'info')?.['version'];
    if (typeof released !== 'string' || released === '') {
      return { error: `no version given and ${BASELINE_FILES[0]} has no info.version` };
    }
    mkdirSync(baselineDir, { recursive: true });
    for (const file of BASELINE_FILES) copyFileSync(path.join(generatedDir, file), path.join(baselineDir, file));
    writeFileSync(path.join(baselineDir, ACCEPTED_FILE), toStableJson(promotedRecord(released)));
    return { version: released };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
