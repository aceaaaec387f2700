/** `## Publisher: <Name>`, from apiProperties. */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { heading } from '../markdown.js';

export function publisherSection(connector: AssembledConnector): string[] {
  const { publisher } = connector.apiProperties.properties;
  if (!publisher) throw new Error('README: apiProperties has no publisher, which the certified template requires');
  return [heading(2, `Publisher: ${publisher}`)];
}
