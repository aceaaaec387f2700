/** Every trigger of the connector, by the subscription path segment that names it. */
import type { TriggerKind } from '../../store/index.js';
import { dataSourceRefreshCompleted, dataSourceRefreshFailed } from './data-source-refresh.js';
import { fullRefresh } from './full-refresh.js';
import { measureThreshold } from './measure-threshold.js';
import { processCompleted } from './process-completed.js';
import type { Rule } from './rule.js';
import { segmentThreshold } from './segment-threshold.js';

export const rules: Readonly<Record<TriggerKind, Rule>> = {
  datasourcerefreshcompleted: dataSourceRefreshCompleted,
  datasourcerefreshfailed: dataSourceRefreshFailed,
  fullrefreshcompleted: fullRefresh,
  measurethresholdcrossed: measureThreshold,
  segmentthresholdcrossed: segmentThreshold,
  processcompleted: processCompleted,
};

export type { Resource, Rule, RuleOutcome, Snapshot, TriggerEvent, TriggerPayload } from './rule.js';
