/**
 * `## Frequently Asked Questions`: the connector's own questions (`documentation.faq`), then the
 * ones the definition answers (throttling, revisions of one operation, where the pickers' choices
 * come from).
 * Left out when there is nothing to answer (the template makes it optional).
 */
import type { AssembledConnector, OperationUnit } from '../../../../connector/kit/index.js';
import { displayName, visibleActions, visibleTriggers } from '../facts.js';
import { blocks, heading, inline, table } from '../markdown.js';
import { operationLink } from './supported-operations.js';

export function faqSection(connector: AssembledConnector): string[] {
  const visible = [...visibleActions(connector), ...visibleTriggers(connector)];
  const own = (connector.documentation?.faq ?? []).map((entry) => blocks(heading(3, entry.question), entry.answer));
  const pickers = pickerTable(connector, visible);
  const throttling = connector.throttlingPolicies.map(
    (p) =>
      `${p.name}: ${p.calls} per ${p.renewalPeriodSeconds} seconds. Beyond it the backend refuses the calls of that ` +
      'connection until the period renews; flow actions retry according to their retry policy.',
  );
  const answers = [
    ...own,
    ...(throttling.length > 0 ? [blocks(heading(3, 'What happens when a flow makes too many calls?'), throttling.join(' '))] : []),
    ...revisionAnswers(visible),
    ...(pickers.length > 2
      ? [blocks(heading(3, 'Where do the choices of the pickers come from?'), 'From internal operations the designer calls with the values already chosen:', pickers)]
      : []),
  ];
  if (answers.length === 0) return [];
  return blocks(heading(2, 'Frequently Asked Questions'), ...answers);
}

/** One answer per operation family with several revisions (x-ms-api-annotation family/revision). */
function revisionAnswers(visible: readonly OperationUnit[]): string[][] {
  const families = new Map<string, OperationUnit[]>();
  for (const unit of visible) {
    const family = unit.operation['x-ms-api-annotation']?.family;
    if (family) families.set(family, [...(families.get(family) ?? []), unit]);
  }
  return [...families.values()]
    .filter((units) => units.length > 1)
    .map((units) => {
      const sorted = [...units].sort(
        (a, b) => (a.operation['x-ms-api-annotation']?.revision ?? 0) - (b.operation['x-ms-api-annotation']?.revision ?? 0),
      );
      const latest = sorted.at(-1)!;
      return blocks(
        heading(3, `What is the difference between ${sorted.map((u) => inline(u.operation.summary)).join(' and ')}?`),
        `They are revisions of one operation: ${sorted
          .map((u) => `${operationLink(u)} is revision ${u.operation['x-ms-api-annotation']?.revision ?? 1}`)
          .join(', ')}. Both stay available for existing flows; new flows should use ${operationLink(latest)}.`,
      );
    });
}

/** Field → the internal operation that fills it, with that operation's own description. */
function pickerTable(connector: AssembledConnector, visible: readonly OperationUnit[]): string[] {
  const rows = new Map<string, string[]>();
  for (const unit of visible) {
    for (const parameter of unit.operation.parameters ?? []) {
      if (parameter.in === 'body') continue;
      const target = parameter['x-ms-dynamic-values']?.operationId;
      if (!target) continue;
      const key = `${parameter.name}\u0000${target}`;
      const entry = rows.get(key);
      const name = displayName(parameter);
      if (entry) {
        if (!entry[0]!.split(', ').includes(name)) entry[0] = `${entry[0]}, ${name}`;
        continue;
      }
      const lookup = connector.operations.find((u) => u.operation.operationId === target);
      if (!lookup) continue;
      rows.set(key, [name, parameter.name, `${lookup.operation.summary} (\`${target}\`)`, lookup.operation.description]);
    }
  }
  return table(['Field', 'Key', 'Filled by', 'What it lists'], [...rows.values()]);
}
