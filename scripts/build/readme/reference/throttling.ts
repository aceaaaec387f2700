/** The reference page's Throttling Limits table, from connector.throttlingPolicies via the model. */
import { blocks, heading, table } from '../markdown.js';
import { LEVEL, REFERENCE_HEADINGS, THROTTLING_HEADER } from './headings.js';
import type { ReferenceThrottlingRow } from './model.js';

export function renderThrottling(rows: readonly ReferenceThrottlingRow[]): string[] {
  return blocks(
    heading(LEVEL.group, REFERENCE_HEADINGS.throttling),
    table(THROTTLING_HEADER, rows.map((row) => [row.name, String(row.calls), row.renewalPeriod])),
  );
}
