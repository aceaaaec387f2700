import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGate, parseAccepted, promote, promotedRecord, toAcceptedEntry, type AcceptedChange } from './baseline.js';
import { diffConnectors } from './engine.js';
import { baseConnector, changed } from './test-helpers.js';

const breaking = diffConnectors(
  baseConnector(),
  changed((c) => {
    c.swagger.paths['/items/{id}'].get['x-ms-visibility'] = 'internal';
    c.swagger.paths['/items/{id}'].get.summary = 'Get an item';
  }),
).changes;

const hidden: AcceptedChange = {
  code: 'operation-hidden',
  operationId: 'GetItem',
  pointer: '/paths/~1items~1{id}/get/x-ms-visibility',
  reason: 'GetItem is replaced by GetItemV2.',
};

type Case = [name: string, { accepted: AcceptedChange[]; version: string; want: { unaccepted: string[]; stale: number; problems: number } }];

const cases: Case[] = [
  ['an unrecorded break fails', { accepted: [], version: '1.0', want: { unaccepted: ['operation-hidden'], stale: 0, problems: 0 } }],
  ['a recorded break under a new version passes', { accepted: [hidden], version: '1.1', want: { unaccepted: [], stale: 0, problems: 0 } }],
  ['a recorded break without a version bump fails', { accepted: [hidden], version: '1.0', want: { unaccepted: [], stale: 0, problems: 1 } }],
  [
    'a record for another pointer does not cover the break and is stale',
    { accepted: [{ ...hidden, pointer: '/paths/~1other/get' }], version: '1.1', want: { unaccepted: ['operation-hidden'], stale: 1, problems: 0 } },
  ],
  [
    'a record for another operation does not cover the break',
    { accepted: [{ ...hidden, operationId: 'CreateItem' }], version: '1.1', want: { unaccepted: ['operation-hidden'], stale: 1, problems: 0 } },
  ],
];

describe('baseline gate', () => {
  for (const [name, { accepted, version, want }] of cases) {
    it(name, () => {
      const report = checkGate(breaking, { version, accepted }, '1.0');
      expect(report.unaccepted.map((c) => c.code)).toEqual(want.unaccepted);
      expect(report.stale).toHaveLength(want.stale);
      expect(report.problems).toHaveLength(want.problems);
    });
  }

  it('never needs a record for safe changes', () => {
    const safe = breaking.filter((c) => c.severity === 'warning');
    expect(safe).toHaveLength(1);
    expect(checkGate(safe, { version: '1.0', accepted: [] }, '1.0')).toEqual({ unaccepted: [], stale: [], problems: [] });
  });

  it('prints entries that can be pasted into the record once their reason is written', () => {
    const entry = toAcceptedEntry(breaking[0]!);
    expect(entry).toMatchObject({ code: 'operation-hidden', operationId: 'GetItem', pointer: hidden.pointer });
    expect(parseAccepted(JSON.stringify({ version: '1.1', accepted: [entry] }))).toHaveProperty('problems');
    const written = { ...entry, reason: 'Replaced by GetItemV2.' };
    expect(parseAccepted(JSON.stringify({ version: '1.1', accepted: [written] }))).toEqual({ version: '1.1', accepted: [written] });
  });

  const malformed: [string, string, RegExp][] = [
    ['not JSON', '{', /not JSON/],
    ['not an object', '[]', /must be an object/],
    ['no version', '{"accepted": []}', /"version"/],
    ['no list', '{"version": "1"}', /"accepted" must be an array/],
    ['an entry without a reason', JSON.stringify({ version: '1', accepted: [{ ...hidden, reason: ' ' }] }), /accepted\[0\]/],
  ];
  for (const [name, text, problem] of malformed) {
    it(`rejects a record with ${name}`, () => {
      const parsed = parseAccepted(text);
      expect('problems' in parsed && parsed.problems.join('\n')).toMatch(problem);
    });
  }

  it('resets the record on promotion', () => {
    expect(promotedRecord('1.1.0')).toEqual({ version: '1.1.0', accepted: [] });
  });

  it('promotes generated files into the baseline', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'diff-promote-'));
    try {
      const generated = path.join(work, 'generated');
      const baseline = path.join(work, 'baseline');
      mkdirSync(generated);
      const { swagger, apiProperties } = baseConnector();
      writeFileSync(path.join(generated, 'apiDefinition.swagger.json'), JSON.stringify(swagger));
      writeFileSync(path.join(generated, 'apiProperties.json'), JSON.stringify(apiProperties));
      expect(promote(generated, baseline)).toEqual({ version: '1.0' });
      expect(JSON.parse(readFileSync(path.join(baseline, 'apiDefinition.swagger.json'), 'utf8'))).toEqual(swagger);
      expect(JSON.parse(readFileSync(path.join(baseline, 'accepted-changes.json'), 'utf8'))).toEqual({ version: '1.0', accepted: [] });
      expect(promote(generated, baseline, '2.0.0')).toEqual({ version: '2.0.0' });
      expect(promote(path.join(work, 'missing'), baseline)).toHaveProperty('error');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
