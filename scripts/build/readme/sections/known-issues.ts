/**
 * `## Known Issues and Limitations`, from the seeds: the throttle and paging with `$skip`, which
 * fields an entity can be filtered on, upward-only threshold triggers, measures without
 * dimensions, and the operations in preview. Each fact is read from the definition; the connector's
 * own documentation (`documentation.knownIssues`) adds what no definition can state.
 */
import type { AssembledConnector, OperationUnit } from '../../../../connector/kit/index.js';
import { displayName, hasDynamicShape, isConnectorPreview, isPreview, operationById, parameterOf, visibleActions, visibleTriggers } from '../facts.js';
import { blocks, heading, inline, isListItem } from '../markdown.js';
import { connectorTitle } from './title.js';
import { operationLink } from './supported-operations.js';

export function knownIssuesSection(connector: AssembledConnector): string[] {
  const getItems = operationById(connector, 'GetItems');
  const skip = parameterOf(getItems, '$skip');
  const top = parameterOf(getItems, '$top');
  const filter = parameterOf(getItems, '$filter');
  const thresholdTriggers = visibleTriggers(connector).filter((unit) => unit.operation.parameters?.some((p) => p.name === 'threshold'));
  const measureTrigger = operationById(connector, 'OnMeasureThresholdCrossed');
  const dynamic = [...visibleActions(connector), ...visibleTriggers(connector)].filter(hasDynamicShape);
  const preview = [...visibleActions(connector), ...visibleTriggers(connector)].filter(isPreview);

  return blocks(
    heading(2, 'Known Issues and Limitations'),
    [
      ...connector.throttlingPolicies.map(
        (policy) =>
          `- **${policy.name}**: at most ${policy.calls} calls per ${policy.renewalPeriodSeconds} seconds. Calls beyond ` +
          `that are refused until the period renews. To read a large entity, call ${operationLink(getItems)} several ` +
          `times with \`${skip.name}\` (${displayName(skip)}) and \`${top.name}\` (${displayName(top)}), pacing the calls ` +
          'to stay within the limit.',
      ),
      `- \`${filter.name}\` (${displayName(filter)}) accepts only some fields, depending on the entity:`,
      ...filterableFields(getItems).map((line) => `  - ${line}`),
      ...thresholdTriggers.map(
        (unit) =>
          `- ${operationLink(unit)} fires only when the value crosses the threshold upward; a value that stays below it, ` +
          'or falls back under it, starts no flow. To act when a threshold is not reached, run a scheduled flow instead.',
      ),
      `- ${operationLink(measureTrigger)} supports only business measures without dimensions; the measure picker lists no others.`,
      ...(preview.length > 0
        ? [
            `- These operations are in preview and may change: ${preview.map(operationLink).join(', ')}.`,
          ]
        : []),
      ...(isConnectorPreview(connector) ? [`- The connector itself is in preview (${inline(connectorTitle(connector))}): its operations and outputs may still change.`] : []),
      ...(dynamic.length > 0
        ? [
            `- The item fields of ${dynamic.map(operationLink).join(', ')} are dynamic: the designer asks the backend for ` +
              "the entity's schema, so it needs a working connection, and a flow must be reopened in the designer after an " +
              "entity's fields change.",
          ]
        : []),
      ...(connector.documentation?.knownIssues ?? []).map((item) => `- ${item}`),
    ],
  );
}

/**
 * The per-entity filter rules, as the definition of Get items states them (the list items of its
 * description).
 */
export function filterableFields(getItems: OperationUnit): string[] {
  const items = getItems.operation.description.split('\n').filter(isListItem).map((line) => line.replace(/^\s*- /, ''));
  if (items.length === 0) throw new Error('README: the description of Get items no longer lists the filterable fields');
  return items;
}
