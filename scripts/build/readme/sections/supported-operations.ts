/**
 * `## Supported Operations`: every action and trigger a flow maker sees, in the reference page's
 * order, each linking to its full entry in the reference below.
 */
import type { AssembledConnector, OperationUnit } from '../../../../connector/kit/index.js';
import { isInternalOperation, visibleActions, visibleTriggers } from '../facts.js';
import { blocks, heading, inline, isListItem, link, slug } from '../markdown.js';

export function supportedOperationsSection(connector: AssembledConnector): string[] {
  return blocks(
    heading(2, 'Supported Operations'),
    internalNote(connector),
    heading(3, 'Supported Actions'),
    visibleActions(connector).map(overviewItem).flat(),
    heading(3, 'Supported Triggers'),
    visibleTriggers(connector).map(overviewItem).flat(),
  );
}

/** A link to the operation's reference entry. */
export function operationLink(unit: OperationUnit): string {
  return link(unit.operation.summary, slug(unit.operation.summary));
}

/** `- [Summary](#summary): description`, a description's own list nested under it. */
function overviewItem(unit: OperationUnit): string[] {
  const [first = '', ...rest] = String(unit.operation.description ?? '').split('\n');
  return [
    `- ${operationLink(unit)}: ${inline(first)}`,
    ...rest.filter((line) => line.trim() !== '').map((line) => (isListItem(line) ? `  ${line.trim()}` : `  ${inline(line)}`)),
  ];
}

/** The operations left out, named so a reader knows they exist and why they are not here. */
function internalNote(connector: AssembledConnector): string | false {
  const internal = connector.operations.filter(isInternalOperation).map((u) => `${inline(u.operation.summary)} (\`${u.operation.operationId}\`)`);
  if (internal.length === 0) return false;
  return (
    `The designer also calls ${internal.length} internal operation${internal.length === 1 ? '' : 's'} behind the scenes ` +
    `(to fill pickers, to learn dynamic fields, to unsubscribe triggers): ${internal.join(', ')}. Flows never call them, so neither this ` +
    'list nor the reference shows them.'
  );
}
