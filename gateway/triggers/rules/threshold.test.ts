import { describe, expect, test } from 'vitest';
import { measureThreshold } from './measure-threshold.js';
import { segmentThreshold } from './segment-threshold.js';
import { crossesUpward, thresholdOutcome } from './threshold.js';

const e = (minute: number, value: number) => ({ date: `2026-03-02T08:${String(minute).padStart(2, '0')}:00Z`, value });
const event = (x: { date: string; value: number }) => ({ id: x.date, payload: { EntityCount: x.value } });

describe('crossesUpward', () => {
  test.each([
    [4, 5, 5, true],
    [4, 6, 5, true],
    [5, 6, 5, false], // already at the threshold
    [6, 4, 5, false], // downward
    [4, 4, 5, false],
  ])('%d → %d over %d: %s', (previous, next, threshold, expected) => {
    expect(crossesUpward(previous, next, threshold)).toBe(expected);
  });
});

describe('thresholdOutcome', () => {
  test('the baseline is the latest evaluation and fires nothing', () => {
    expect(thresholdOutcome([e(0, 1), e(1, 99)], undefined, 10, event)).toEqual({ events: [], mark: { date: e(1, 99).date, value: 99 } });
    expect(thresholdOutcome([], undefined, 10, event)).toEqual({ events: [], mark: { date: null, value: null } });
  });

  test('each crossing since the mark fires once, with the mark of its own evaluation', () => {
    const outcome = thresholdOutcome([e(0, 1), e(1, 20), e(2, 3), e(3, 30), e(4, 40)], { date: e(0, 1).date, value: 1 }, 10, event);
    expect(outcome.events.map((x) => x.id)).toEqual([e(1, 0).date, e(3, 0).date]);
    expect(outcome.events[0]!.markAfter).toEqual({ date: e(1, 0).date, value: 20 });
    expect(outcome.mark).toEqual({ date: e(4, 0).date, value: 40 });
  });

  test('evaluations at or before the mark are not looked at again', () => {
    const outcome = thresholdOutcome([e(0, 1), e(1, 20)], { date: e(1, 0).date, value: 20 }, 10, event);
    expect(outcome).toEqual({ events: [], mark: { date: e(1, 0).date, value: 20 } });
  });

  test('a subscription baselined before the first evaluation does not fire on the first one', () => {
    const outcome = thresholdOutcome([e(5, 50)], { date: null, value: null }, 10, event);
    expect(outcome.events).toEqual([]);
    expect(outcome.mark).toEqual({ date: e(5, 0).date, value: 50 });
  });
});

describe('the two threshold rules', () => {
  const snapshot = {
    instanceId: 'i',
    statusPage: 'https://status',
    segments: [{ name: 'Gold', friendlyName: 'Gold members', evaluations: [e(0, 1), e(1, 12)], running: false }],
    measures: [{ name: 'Spend', displayName: 'Total spend', evaluations: [e(0, 1.5), e(1, 1234.5)], running: false }],
  };

  test('segment: the SegmentData payload, names compared without case', () => {
    const outcome = segmentThreshold.evaluate({ parameters: { segment: 'gold', threshold: 10 } }, { date: e(0, 0).date, value: 1 }, snapshot);
    expect(outcome!.events.map((x) => x.payload)).toEqual([{ Name: 'Gold', DisplayName: 'Gold members', EvaluationDate: e(1, 0).date, EntityCount: 12, Threshold: 10 }]);
    expect(segmentThreshold.evaluate({ parameters: { segment: 'Silver', threshold: 10 } }, undefined, snapshot)).toBeUndefined();
  });

  test('measure: the MeasureData payload with a display value', () => {
    const outcome = measureThreshold.evaluate({ parameters: { measure: 'Spend', threshold: 1000 } }, { date: e(0, 0).date, value: 1.5 }, snapshot);
    expect(outcome!.events.map((x) => x.payload)).toEqual([
      { Name: 'Spend', DisplayName: 'Total spend', EvaluationDate: e(1, 0).date, Value: 1234.5, ValueDisplayName: '1,234.5', Threshold: 1000 },
    ]);
  });
});
