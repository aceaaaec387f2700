/** `## Publisher: <Name>`, from apiProperties (left out when apiProperties names none). */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { heading } from '../markdown.js';

export function publisherSection(connector: AssembledConnector): string[] {
  const { publisher } = connector.apiProperties.properties;
  return publisher ? [heading(2, `Publisher: ${publisher}`)] : [];
}
