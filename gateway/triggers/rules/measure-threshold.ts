/** OnMeasureThresholdCrossed: a scalar measure's value (`output.values`, a string map) reaches the threshold from below. */
import type { components } from '../../../generated/types.js';
import { sameName, type Rule } from './rule.js';
import { thresholdOutcome } from './threshold.js';

export const measureThreshold: Rule = {
  kind: 'measurethresholdcrossed',
  needs: ['measures'],
  evaluate({ parameters }, mark, snapshot) {
    const measure = snapshot.measures?.find((m) => sameName(m.name, parameters.measure));
    if (!measure) return undefined;
    const threshold = parameters.threshold ?? 0;
    return thresholdOutcome(measure.evaluations, mark, threshold, (e) => {
      const payload: Required<components['schemas']['MeasureData']> = {
        Name: measure.name,
        DisplayName: measure.displayName,
        EvaluationDate: e.date,
        Value: e.value,
        ValueDisplayName: e.value.toLocaleString('en-US'),
        Threshold: threshold,
      };
      return { id: `measure:${measure.name.toLowerCase()}:${e.date}`, payload };
    });
  },
};
