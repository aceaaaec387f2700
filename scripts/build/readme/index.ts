/**
 * generated/README.md, written from the assembled connector so it can never drift from it.
 */
import type { AssembledConnector } from '../../../connector/kit/index.js';

export function renderReadme(connector: AssembledConnector): string {
  const { info } = connector.document;
  const lines: string[] = [`# ${info.title}`, '', info.description, ''];
  lines.push('## Throttling Limits', '', '| Name | Calls | Renewal Period |', '| --- | --- | --- |');
  for (const policy of connector.throttlingPolicies) {
    lines.push(`| ${policy.name} | ${policy.calls} | ${policy.renewalPeriodSeconds} seconds |`);
  }
  lines.push('', '## Supported Operations', '');
  for (const unit of connector.operations) {
    if (unit.operation['x-ms-visibility'] === 'internal') continue;
    lines.push(`### ${unit.operation.summary}`, '', unit.operation.description, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
