/** `## Frequently Asked Questions`, answered from the definition and apiProperties. */
import type { AssembledConnector, OperationUnit } from '../../../../connector/kit/index.js';
import { displayName, operationById, visibleActions, visibleTriggers } from '../facts.js';
import { blocks, heading, inline, table } from '../markdown.js';
import { hostParameter } from './deployment.js';
import { operationLink } from './supported-operations.js';

export function faqSection(connector: AssembledConnector): string[] {
  const host = hostParameter(connector);
  const visible = [...visibleActions(connector), ...visibleTriggers(connector)];
  return blocks(
    heading(2, 'Frequently Asked Questions'),
    heading(3, 'Which backend does a connection call?'),
    `The one in its **${host.displayName}** (\`${host.name}\`) connection parameter: the \`dynamichosturl\` policy sends ` +
      'every call of the connection there. Two connections of the same connector can therefore reach two different ' +
      'backends, for example the Customer Insights API and the mock backend.',
    heading(3, 'What happens when a flow makes too many calls?'),
    connector.throttlingPolicies
      .map(
        (p) =>
          `${p.name}: ${p.calls} per ${p.renewalPeriodSeconds} seconds. Beyond it the backend refuses the calls of that ` +
          'connection until the period renews; flow actions retry according to their retry policy, and the TypeScript ' +
          "client of this package paces itself to the same limit and honours the backend's Retry-After.",
      )
      .join(' '),
    ...revisionAnswers(visible),
    heading(3, 'Where do the choices of the pickers come from?'),
    'From internal operations the designer calls with the values already chosen:',
    pickerTable(connector, visible),
    heading(3, 'Can I build flows without a Customer Insights environment?'),
    '`npm start` serves a mock of the backend, with sample data of a loyalty program, on your machine. ' +
      `Point a connection's **${host.displayName}** at it, or call it from the TypeScript client and tests.`,
  );
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
      const lookup = operationById(connector, target);
      rows.set(key, [name, parameter.name, `${lookup.operation.summary} (\`${target}\`)`, lookup.operation.description]);
    }
  }
  return table(['Field', 'Key', 'Filled by', 'What it lists'], [...rows.values()]);
}
