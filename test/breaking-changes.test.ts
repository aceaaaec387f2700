/**
 * The release gate: the current definition (generated/) must not break the last released one
 * (baseline/) unless the break is recorded in baseline/accepted-changes.json with a new version.
 * How to record a change or promote a release: README.md, "Breaking changes between versions".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGate, parseAccepted, toAcceptedEntry, type AcceptedChanges } from '../scripts/diff/baseline.js';
import { diffConnectors } from '../scripts/diff/engine.js';
import { buildView } from '../scripts/diff/model.js';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));

const baseline = { swagger: read('baseline/apiDefinition.swagger.json'), apiProperties: read('baseline/apiProperties.json') };
const current = { swagger: read('generated/apiDefinition.swagger.json'), apiProperties: read('generated/apiProperties.json') };
const record = parseAccepted(readFileSync(new URL('../baseline/accepted-changes.json', import.meta.url), 'utf8'));
const baselineVersion = (baseline.swagger as { info?: { version?: string } }).info?.version;

describe('breaking changes against the released baseline', () => {
  it('has a baseline with operations to protect', () => {
    // An empty or misplaced baseline would let every change through.
    expect(buildView(baseline.swagger as Record<string, unknown>).operations.size).toBeGreaterThan(0);
  });

  it('has a well-formed baseline/accepted-changes.json', () => {
    expect('problems' in record ? record.problems : []).toEqual([]);
  });

  const gate = 'problems' in record ? undefined : checkGate(diffConnectors(baseline, current).changes, record as AcceptedChanges, baselineVersion);

  it('breaks nothing that is not recorded as accepted', () => {
    const unaccepted = gate?.unaccepted ?? [];
    const listing = unaccepted.map((c) => `  ${c.code} (${c.operationId ?? 'connection'}) ${c.pointer}: ${c.message}\n    advice: ${c.advice ?? ''}`);
    expect(
      unaccepted.map((c) => `${c.code} ${c.operationId} ${c.pointer}`),
      `generated/ breaks the released baseline:\n${listing.join('\n')}\n\n` +
        'Prefer the advice. To ship the break anyway, set "version" in baseline/accepted-changes.json to the next release\n' +
        'and add these to "accepted", each with its real reason:\n' +
        JSON.stringify(unaccepted.map(toAcceptedEntry), null, 2),
    ).toEqual([]);
  });

  it('records only changes that still happen, under a new version', () => {
    expect(gate?.stale ?? [], 'accepted-changes.json lists changes that no longer occur; remove or correct them').toEqual([]);
    expect(gate?.problems ?? []).toEqual([]);
  });
});
