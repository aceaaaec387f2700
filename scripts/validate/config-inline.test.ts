import { describe, expect, it } from 'vitest';
import { loadDocument, type LoadedDocument } from '../core/load-document.js';
import { checkConnectorFiles } from '../build/check.js';
import { DISABLE_KEY, inlineSuppressions, stripInlineSuppressions } from './config-inline.js';
import { validateConnector } from './index.js';
import { op, swagger } from './testing.js';

const document = swagger({
  '/items': { get: op({ operationId: 'listItems', summary: 'List items.', [DISABLE_KEY]: ['summary-trailing-punctuation'] }) },
  '/things': { get: op({ operationId: 'ListThings', summary: 'List things.' }) },
});
const load = (value: unknown): LoadedDocument => loadDocument('apiDefinition.swagger.json', JSON.stringify(value)) as LoadedDocument;

describe('x-connector-validate-disable', () => {
  it('silences the codes it lists on its node and below, and nothing else', async () => {
    const diagnostics = (await validateConnector({ swagger: load(document) }))[0]!.diagnostics;
    const punctuation = diagnostics.filter((d) => d.code === 'summary-trailing-punctuation').map((d) => d.pointer);
    expect(punctuation).toEqual(['/paths/~1things/get/summary']);
    // Another rule on the same node still reports.
    expect(diagnostics.some((d) => d.code === 'operation-id-pascal-case' && d.pointer.startsWith('/paths/~1items/get'))).toBe(true);
  });

  it('does not accept "*" (name the rules)', () => {
    expect(inlineSuppressions({ info: { [DISABLE_KEY]: ['*'] } }).size).toBe(0);
  });

  it('is stripped from what the build emits, and still applies to the build\'s validation', async () => {
    const stripped = stripInlineSuppressions(document);
    expect(JSON.stringify(stripped)).not.toContain(DISABLE_KEY);
    expect(JSON.stringify(document)).toContain(DISABLE_KEY);
    const text = (value: unknown) => ({ file: 'apiDefinition.swagger.json', text: JSON.stringify(value) });
    const reports = await checkConnectorFiles(
      { swagger: text(stripped), apiProperties: text({ properties: { iconBrandColor: '#3a6ea5' } }), settings: text({}), emitted: [] },
      { profile: 'custom', document: stripped, sources: new Map(), suppressions: inlineSuppressions(document) },
    );
    const punctuation = reports[0]!.diagnostics.filter((d) => d.code === 'summary-trailing-punctuation').map((d) => d.pointer);
    expect(punctuation).toEqual(['/paths/~1things/get/summary']);
  });
});
