/**
 * `## Getting Started`: the connector's own walk-through (`documentation.gettingStarted`), which
 * only its author can write; left out when the connector has none (the template makes it optional).
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { blocks, heading } from '../markdown.js';

export function gettingStartedSection(connector: AssembledConnector): string[] {
  const walkThrough = connector.documentation?.gettingStarted ?? [];
  if (walkThrough.length === 0) return [];
  return blocks(heading(2, 'Getting Started'), ...walkThrough);
}
