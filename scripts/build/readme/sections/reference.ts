/** The reference section: the connector's reference page, rendered from the definition. */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { referenceModel } from '../reference/model.js';
import { renderReference } from '../reference/render.js';

export function referenceSection(connector: AssembledConnector): string[] {
  return renderReference(referenceModel(connector), [
    'Every action and trigger with its parameters and outputs, and every definition they use, generated from the ' +
      'connector definition in the order and shape of the connector reference page. Internal operations and parameters ' +
      "(pickers, dynamic schemas, the triggers' callback URL and unsubscribe call) are left out, and so are the " +
      'definitions only they use.',
  ]);
}
