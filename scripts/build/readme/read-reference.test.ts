import { describe, expect, it } from 'vitest';
import { customerInsightsConnector } from '../../../connector/index.js';
import { finish } from './markdown.js';
import { readReference } from './read-reference.js';
import type { Reference } from './reference/model.js';
import { referenceModel } from './reference/model.js';
import { renderReference } from './reference/render.js';

/** What a reader gets back: everything but the operation ids, which the reference does not print. */
function expectedReadBack(reference: Reference) {
  const strip = ({ operationId: _operationId, ...rest }: Reference['actions'][number]) => rest;
  return { ...reference, actions: reference.actions.map(strip), triggers: reference.triggers.map(strip) };
}

function render(reference: Reference): string {
  return finish(['# Title', '', ...renderReference(reference)]);
}

describe('readReference', () => {
  it("reads this connector's rendered reference back to the model it was rendered from", () => {
    const model = referenceModel(customerInsightsConnector());
    expect(readReference(render(model))).toEqual(expectedReadBack(model));
  });

  it('keeps pipes, backslashes, line breaks and list descriptions intact', () => {
    const model: Reference = {
      throttling: [{ name: 'Calls | per connection', calls: 5, renewalPeriod: '10 seconds' }],
      actions: [
        {
          operationId: 'A',
          summary: 'Do a | b',
          description: 'Lead-in:\n- first\n- second',
          parameters: [
            { name: 'Pipe | name', key: 'a|b', required: false, type: 'string', description: 'Two\nlines with a \\ backslash' },
          ],
          returns: { description: 'Text above.', fields: [{ name: 'Body', path: '', type: 'Thing', description: '' }] },
        },
      ],
      triggers: [],
      definitions: [
        { name: 'Thing', description: '', fields: [{ name: 'x', path: 'x', type: 'array of Thing', description: 'Self | reference.' }] },
      ],
    };
    expect(readReference(render(model))).toEqual(expectedReadBack(model));
  });

  it('refuses a README without a reference section', () => {
    expect(() => readReference('# Title\n\n## Other\n')).toThrow(/Reference/);
  });

  it('refuses a table with the wrong header or a short row', () => {
    const model = referenceModel(customerInsightsConnector());
    const text = render(model);
    expect(() => readReference(text.replace('| Name | Key | Required | Type | Description |', '| Name | Key | Type | Description |'))).toThrow(
      /expected a table/,
    );
    expect(() => readReference(text.replace('| instanceId | dataset | True | string | Identifier of an instance |', '| instanceId | dataset | True |'))).toThrow(
      /cells/,
    );
  });
});
