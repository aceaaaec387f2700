import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, parseFilter } from '../odata/index.js';
import { createSampleData, sampleInstanceIds } from '../data/index.js';
import { createManualClock } from './clock.js';
import { ApiError } from './errors.js';
import { Store } from './store.js';
import { filterableFields } from './table.js';

function loyalty(customers = 250) {
  return new Store(createSampleData({ customers }), createManualClock()).instance(sampleInstanceIds.loyalty);
}

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('filterable fields (GetItems description)', () => {
  it('follows the per-entity rule', () => {
    const instance = loyalty();
    expect(instance.table('UnifiedActivity').filterable).toEqual(['ActivityId', 'CustomerId']);
    expect(instance.table('Customer').filterable).toEqual(['CustomerId', 'LastName', 'EMail', 'PostalCode', 'CurrentTier']);
    expect(instance.table('AnnexLoyalty_Member').filterable).toEqual(['CustomerId']);
    expect(filterableFields({ name: 'X', displayName: 'X', entityType: 'profile', key: 'k', attributes: [], itemAccess: 'read-write', rows: [] })).toEqual([]);
  });

  it('uses the indexed fields of the instance, which differ between instances', () => {
    const store = new Store(createSampleData(), createManualClock());
    expect(store.instance(sampleInstanceIds.sandbox).table('Customer').filterable).toEqual(['CustomerId', 'EMail']);
  });
});

describe('EntityTable.query', () => {
  const instance = loyalty();
  const customers = instance.table('Customer');
  const all = customers.all();

  it('pages with $top and $skip in insertion order', () => {
    expect(customers.query({ top: 3 })).toEqual(all.slice(0, 3));
    expect(customers.query({ skip: 248, top: 10 })).toEqual(all.slice(248));
    expect(customers.query({ skip: 500 })).toEqual([]);
    expect(customers.query({ top: 0 })).toEqual([]);
  });

  it('answers key filters through the index, with the same result as a scan', () => {
    const id = String(all[123]!['CustomerId']);
    expect(customers.query({ filter: `CustomerId eq '${id}'` })).toEqual([all[123]]);
    const ids = [all[5], all[1], all[200]].map((r) => `'${String(r!['CustomerId'])}'`).join(',');
    expect(customers.query({ filter: `CustomerId in (${ids})` })).toEqual([all[1], all[5], all[200]]);
    const gold = all.filter((r) => r['CurrentTier'] === 'Gold' && r['PostalCode'] === '98101');
    expect(customers.query({ filter: "CurrentTier eq 'Gold' and PostalCode eq '98101'" })).toEqual(gold);
    expect(customers.query({ filter: "CurrentTier eq 'Gold' and PostalCode eq '98101'", skip: 1, top: 1 })).toEqual(gold.slice(1, 2));
    const scan = all.filter((r) => String(r['LastName']).startsWith('K') || r['CurrentTier'] === 'Platinum');
    expect(customers.query({ filter: "startswith(LastName,'K') or CurrentTier eq 'Platinum'" })).toEqual(scan);
  });

  it('answers every filter exactly as a full scan would, index or not (property)', () => {
    const ids = all.slice(0, 40).map((r) => `'${String(r['CustomerId'])}'`);
    const atom = fc.oneof(
      fc.constantFrom(...ids).map((id) => `CustomerId eq ${id}`),
      fc.subarray(ids, { minLength: 1, maxLength: 4 }).map((list) => `CustomerId in (${list.join(',')})`),
      fc.constantFrom('Bronze', 'Silver', 'Gold', 'Platinum').map((tier) => `CurrentTier eq '${tier}'`),
      fc.constantFrom('98101', '60601', '10115').map((code) => `PostalCode ne '${code}'`),
      fc.constantFrom('A', 'K', 'S').map((letter) => `startswith(LastName,'${letter}')`),
      fc.constant('EMail eq null'),
    );
    const filter = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(tie('expr'), fc.constantFrom('and', 'or'), tie('expr')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
        tie('expr').map((e) => `not (${e})`),
      ),
    })).expr;
    const fields = customers.fieldTypes;
    fc.assert(
      fc.property(filter, fc.nat(5), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (text, skip, top) => {
        const predicate = compileFilter(parseFilter(text), { entity: 'Customer', fields });
        const expected = all.filter(predicate).slice(skip, top === undefined ? undefined : skip + top);
        expect(customers.query({ filter: text, skip, ...(top !== undefined ? { top } : {}) })).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds rows without a value for eq null, which no index holds', () => {
    const members = instance.table('AnnexLoyalty_Member');
    members.create({ id: 'no-customer-yet', currentTier: 'Bronze' });
    expect(members.query({ filter: 'CustomerId eq null' }).map((r) => r['id'])).toEqual(['no-customer-yet']);
  });

  it('projects $select and leaves out absent values', () => {
    const rows = customers.query({ select: ['FullName', 'LoyaltyId'], top: 20 });
    expect(rows.every((r) => Object.keys(r).every((k) => k === 'FullName' || k === 'LoyaltyId'))).toBe(true);
    expect(rows.some((r) => !('LoyaltyId' in r))).toBe(true);
  });

  it('refuses fields that are not filterable, naming the allowed ones', () => {
    const error = apiError(() => instance.table('UnifiedActivity').query({ filter: "ActivityType eq 'LoyaltyActivity'" }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('FieldNotFilterable');
    expect(error.message).toContain('Filterable fields: ActivityId, CustomerId');
    const syntax = apiError(() => customers.query({ filter: "CustomerId eq 'x" }));
    expect(syntax).toMatchObject({ status: 400, code: 'InvalidFilter' });
  });
});

describe('create and update', () => {
  it('creates items, generating the key when absent, and indexes them', () => {
    const instance = loyalty();
    const members = instance.table('AnnexLoyalty_Member');
    const created = members.create({ id: 'newmember1', CustomerId: 'c0ffee', currentTier: 'Gold', availablePoints: 6000 });
    expect(members.get('newmember1')).toEqual(created);
    expect(members.query({ filter: "CustomerId eq 'c0ffee'" })).toEqual([created]);
    const activity = instance.table('UnifiedActivity').create({ CustomerId: 'c0ffee', ActivityType: 'Note' });
    expect(activity['ActivityId']).toMatch(/^[0-9a-f]{32}$/);
    expect(apiError(() => members.create({ id: 'newmember1' }))).toMatchObject({ status: 409, code: 'ItemAlreadyExists' });
  });

  it('validates bodies against the attributes', () => {
    const members = loyalty().table('AnnexLoyalty_Member');
    const error = apiError(() => members.create({ id: 'x', points: 3, availablePoints: '12', birthday: '12/01/1990', optInDate: '2024-01-01' }));
    expect(error.status).toBe(400);
    expect(error.message).toContain("unknown field 'points'");
    expect(error.message).toContain("'availablePoints' must be an integer (got string)");
    expect(error.message).toContain("'birthday' must be a date like 2024-05-01 (got '12/01/1990')");
    expect(error.message).toContain("'optInDate' must be an ISO 8601 date-time");
    expect(apiError(() => members.create([1, 2]))).toMatchObject({ status: 400, code: 'InvalidItem' });
    expect(apiError(() => members.create({}))).toMatchObject({ status: 400 });
    expect(apiError(() => members.update('nobody', {}))).toMatchObject({ status: 404, code: 'ItemNotFound' });
    expect(apiError(() => members.create({ availablePoints: 1.5 })).message).toContain('must be an integer (got 1.5)');
  });

  it('updates fields, clears nulls, keeps the key and the indexes right', () => {
    const instance = loyalty();
    const customers = instance.table('Customer');
    const first = customers.all()[0]!;
    const id = String(first['CustomerId']);
    const updated = customers.update(id, { PostalCode: '00000', Telephone: null });
    expect(updated['PostalCode']).toBe('00000');
    expect('Telephone' in updated).toBe(false);
    expect(customers.query({ filter: "PostalCode eq '00000'" })).toEqual([updated]);
    expect(customers.query({ filter: `PostalCode eq '${String(first['PostalCode'])}' and CustomerId eq '${id}'` })).toEqual([]);
    expect(apiError(() => customers.update(id, { CustomerId: 'other' }))).toMatchObject({ status: 400 });
    expect(apiError(() => customers.update(id, { CustomerId: null }))).toMatchObject({ status: 400 });
  });

  it('refuses writes to generated entities and item reads of partition-only entities', () => {
    const instance = loyalty();
    expect(apiError(() => instance.table('Segments').create({ CustomerId: 'x' }))).toMatchObject({ status: 400, code: 'EntityReadOnly' });
    expect(apiError(() => instance.table('ConflationMatchPairs').assertRetrievable())).toMatchObject({ status: 400, code: 'EntityNotRetrievable' });
  });
});

describe('instances', () => {
  it('404s unknown instances, entities and lookups with hints', () => {
    const store = new Store(createSampleData({ customers: 10 }), createManualClock());
    expect(apiError(() => store.instance('nope'))).toMatchObject({ status: 404, code: 'InstanceNotFound' });
    const instance = store.instance(sampleInstanceIds.loyalty);
    expect(apiError(() => instance.table('customer')).message).toContain("did you mean 'Customer'?");
    expect(apiError(() => instance.segment('Nope'))).toMatchObject({ status: 404, code: 'SegmentNotFound' });
    expect(instance.segment('goldmembers').name).toBe('GoldMembers');
    expect(apiError(() => instance.process('Nope')).message).toContain('Ingestion, Match');
  });

  it('evaluates segments from their definitions and rebuilds the Segments entity', () => {
    const instance = loyalty();
    const members = instance.table('AnnexLoyalty_Member').all();
    const gold = members.filter((m) => m['currentTier'] === 'Gold');
    expect(instance.segment('GoldMembers').count).toBe(gold.length);
    const membership = instance.table('Segments');
    const row = membership.get(String(gold[0]!['CustomerId']))!;
    expect(String(row['Segments']).split(',')).toContain('GoldMembers');
    instance.table('AnnexLoyalty_Member').create({ id: 'g1', CustomerId: 'c-g1', currentTier: 'Gold' });
    expect(instance.evaluateSegments().get('GoldMembers')).toBe(gold.length + 1);
    expect(membership.get('c-g1')).toMatchObject({ Segments: 'GoldMembers', SegmentCount: 1 });
  });
});

describe('sample data', () => {
  it('is deterministic', () => {
    expect(createSampleData({ customers: 50 })).toEqual(createSampleData({ customers: 50 }));
    expect(createSampleData({ customers: 50, seed: 1 })).not.toEqual(createSampleData({ customers: 50 }));
  });

  it('produces 100,000 customers with unique keys, and answers key filters from the index', () => {
    const store = new Store(createSampleData({ customers: 100_000 }), createManualClock());
    const customers = store.instance(sampleInstanceIds.loyalty).table('Customer');
    expect(customers.size).toBe(100_000);
    expect(new Set(customers.all().map((r) => r['CustomerId'])).size).toBe(100_000);
    const id = String(customers.all()[99_999]!['CustomerId']);
    // Counting examined rows instead of timing keeps the test meaningful on a busy machine.
    expect(customers.query({ filter: `CustomerId eq '${id}'` })).toHaveLength(1);
    expect(customers.lastRowsExamined).toBe(1);
    expect(customers.query({ filter: `CustomerId eq '${id}' and CurrentTier eq 'Gold'` }).length).toBeLessThanOrEqual(1);
    expect(customers.lastRowsExamined).toBe(1);
    customers.query({ filter: `startswith(CustomerId, 'ff')` });
    expect(customers.lastRowsExamined).toBe(100_000);
  });
});
