/** `# Title` and the summary paragraph of the certified-connector template. */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { isConnectorPreview, visibleActions, visibleTriggers } from '../facts.js';
import { blocks, heading } from '../markdown.js';

/** The title as the reference page writes it: "(Preview)" while the connector is in preview. */
export function connectorTitle(connector: AssembledConnector): string {
  const { title } = connector.document.info;
  return isConnectorPreview(connector) ? `${title} (Preview)` : title;
}

/** "1 action", "0 triggers": the count with the noun in the number it takes. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function titleSection(connector: AssembledConnector): string[] {
  const actions = visibleActions(connector).length;
  const triggers = visibleTriggers(connector).length;
  return blocks(
    heading(1, connectorTitle(connector)),
    `${connector.document.info.description} It offers ${count(actions, 'action')} and ${count(triggers, 'trigger')} to Power Automate, ` +
      'Logic Apps and Power Apps. This package authors the connector in TypeScript and builds the files that `paconn`, ' +
      '`pac connector` and the maker portal deploy.',
  );
}
