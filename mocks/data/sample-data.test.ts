import { describe, expect, it } from 'vitest';
import { createRandom } from './prng.js';
import { createSampleData, sampleInstanceIds } from './sample-data.js';

const data = createSampleData();
const loyalty = data.instances.find((i) => i.id === sampleInstanceIds.loyalty)!;
const rows = (name: string) => loyalty.entities.find((e) => e.name === name)!.rows;

describe('sample data', () => {
  it('uses only synthetic identifiers and reserved domains', () => {
    for (const instance of data.instances) expect(instance.id).toMatch(/^00000000-0000-4000-8000-0000000000\d\d$/);
    for (const customer of rows('Customer')) {
      expect(String(customer['EMail'])).toMatch(/@example\.(com|org|net)$/);
      // 555-0100 to 555-0199 is the range reserved for fiction.
      expect(String(customer['Telephone'])).toMatch(/^\+1-555-01\d\d$/);
    }
    for (const source of loyalty.dataSources) expect(source.id).toMatch(/^00000000-0000-4000-9000-/);
  });

  it('unifies loyalty members with customers, consistently', () => {
    const customers = new Map(rows('Customer').map((c) => [c['CustomerId'], c]));
    const members = rows('AnnexLoyalty_Member');
    expect(members.length / customers.size).toBeGreaterThan(0.45);
    expect(members.length / customers.size).toBeLessThan(0.75);
    for (const member of members) {
      const customer = customers.get(member['CustomerId'])!;
      expect(customer['LoyaltyId']).toBe(member['id']);
      expect(customer['CurrentTier']).toBe(member['currentTier']);
      expect(member['availablePoints']).toBe(Number(member['lifetimePoints']) - Number(member['usedPoints']) - Number(member['expiredPoints']));
      const lifetime = Number(member['lifetimePoints']);
      const tier = lifetime >= 15_000 ? 'Platinum' : lifetime >= 5_000 ? 'Gold' : lifetime >= 1_000 ? 'Silver' : 'Bronze';
      expect(member['currentTier']).toBe(tier);
      expect('nextTier' in member).toBe(tier !== 'Platinum');
    }
  });

  it('puts every loyalty activity on the unified timeline', () => {
    const activities = rows('AnnexLoyalty_Activity');
    const unified = new Map(rows('UnifiedActivity').map((a) => [a['ActivityId'], a]));
    expect(activities.length).toBe(unified.size);
    for (const activity of activities) {
      const entry = unified.get(activity['activityId'])!;
      expect(entry['CustomerId']).toBe(activity['CustomerId']);
      expect(entry['ActivityTime']).toBe(activity['activityDate']);
      expect([100, 106, 107, 109, 192]).toContain(activity['actionId']);
      expect(Number(activity['credit']) === 0 || Number(activity['debit']) === 0).toBe(true);
    }
  });

  it('offers measures without and with dimensions, and segments with definitions', () => {
    expect(loyalty.measures.filter((m) => m.dimensions.length === 0).length).toBeGreaterThanOrEqual(3);
    expect(loyalty.measures.some((m) => m.dimensions.length > 0)).toBe(true);
    expect(loyalty.segments.every((s) => s.filter)).toBe(true);
  });

  it('scales by a parameter and stays deterministic', () => {
    const big = createSampleData({ customers: 2_000, activitiesPerMember: 0 });
    expect(big.instances[0]!.entities.find((e) => e.name === 'Customer')!.rows).toHaveLength(2_000);
    expect(big.instances[0]!.entities.find((e) => e.name === 'UnifiedActivity')!.rows).toHaveLength(0);
    const a = createRandom(7);
    const b = createRandom(7);
    expect(Array.from({ length: 5 }, () => a.hex32())).toEqual(Array.from({ length: 5 }, () => b.hex32()));
    expect(a.hex32()).toMatch(/^[0-9a-f]{32}$/);
  });
});
