/**
 * `## Known Issues and Limitations`: the throttling policies, the operations in preview and the
 * ones whose fields are dynamic, each read from the definition; then the connector's own items
 * (`documentation.knownIssues`), which no definition can state.
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { hasDynamicShape, isConnectorPreview, isPreview, visibleActions, visibleTriggers } from '../facts.js';
import { blocks, heading, inline } from '../markdown.js';
import { connectorTitle } from './title.js';
import { operationLink } from './supported-operations.js';

export function knownIssuesSection(connector: AssembledConnector): string[] {
  const visible = [...visibleActions(connector), ...visibleTriggers(connector)];
  const dynamic = visible.filter(hasDynamicShape);
  const preview = visible.filter(isPreview);
  const items = [
    ...connector.throttlingPolicies.map(
      (policy) =>
        `- **${policy.name}**: at most ${policy.calls} calls per ${policy.renewalPeriodSeconds} seconds. Calls beyond ` +
        'that are refused until the period renews.',
    ),
    ...(preview.length > 0 ? [`- These operations are in preview and may change: ${preview.map(operationLink).join(', ')}.`] : []),
    ...(isConnectorPreview(connector)
      ? [`- The connector itself is in preview (${inline(connectorTitle(connector))}): its operations and outputs may still change.`]
      : []),
    ...(dynamic.length > 0
      ? [
          `- The item fields of ${dynamic.map(operationLink).join(', ')} are dynamic: the designer asks the backend for ` +
            'their schema, so it needs a working connection, and a flow must be reopened in the designer after the ' +
            'fields change.',
        ]
      : []),
    ...(connector.documentation?.knownIssues ?? []).map((item) => `- ${item}`),
  ];
  return blocks(heading(2, 'Known Issues and Limitations'), items.length > 0 ? items : ['None known.']);
}
