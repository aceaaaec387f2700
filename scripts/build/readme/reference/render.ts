/**
 * The reference in Markdown, in the order and shape of the connector's reference page: throttling
 * limits, then each action and each trigger, then each definition.
 */
import { blocks, heading } from '../markdown.js';
import { renderDefinition } from './definition.js';
import { LEVEL, REFERENCE_HEADINGS } from './headings.js';
import type { Reference } from './model.js';
import { renderOperation } from './operation.js';
import { renderThrottling } from './throttling.js';

export function renderReference(reference: Reference, intro: readonly string[] = []): string[] {
  // Types link to the definitions the reference shows, and only to those.
  const linked = new Set(reference.definitions.map((d) => d.name));
  return blocks(
    heading(LEVEL.section, REFERENCE_HEADINGS.section),
    intro,
    renderThrottling(reference.throttling),
    heading(LEVEL.group, REFERENCE_HEADINGS.actions),
    ...reference.actions.map((o) => renderOperation(o, linked)),
    heading(LEVEL.group, REFERENCE_HEADINGS.triggers),
    ...reference.triggers.map((o) => renderOperation(o, linked)),
    heading(LEVEL.group, REFERENCE_HEADINGS.definitions),
    ...reference.definitions.map((d) => renderDefinition(d, linked)),
  );
}
