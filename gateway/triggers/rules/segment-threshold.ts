/** OnSegmentThresholdCrossed: a segment's member count (`evaluationStatus.entityCount`) reaches the threshold from below. */
import type { components } from '../../../generated/types.js';
import { sameName, type Rule } from './rule.js';
import { thresholdOutcome } from './threshold.js';

export const segmentThreshold: Rule = {
  kind: 'segmentthresholdcrossed',
  needs: ['segments'],
  evaluate({ parameters }, mark, snapshot) {
    const segment = snapshot.segments?.find((s) => sameName(s.name, parameters.segment));
    if (!segment) return undefined;
    const threshold = parameters.threshold ?? 0;
    return thresholdOutcome(segment.evaluations, mark, threshold, (e) => {
      const payload: Required<components['schemas']['SegmentData']> = {
        Name: segment.name,
        DisplayName: segment.friendlyName,
        EvaluationDate: e.date,
        EntityCount: e.value,
        Threshold: threshold,
      };
      return { id: `segment:${segment.name.toLowerCase()}:${e.date}`, payload };
    });
  },
};
