/**
 * swagger-parser's semantic checks, re-expressed as our rules: every document it rejects, the
 * certification profile rejects too, with a pointer to the place (which swagger-parser's messages
 * lack). The custom profile may grade some of them down to warnings where the platform is lenient.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { isLoadedDocument, loadDocument } from '../core/load-document.js';
import { validateConnector } from './index.js';
import { op, pathParam, swagger } from './testing.js';

const body = (name: string) => ({ name, in: 'body', schema: { type: 'object' } });

const broken: [string, Record<string, unknown>, string][] = [
  ['duplicate operationId', swagger({ '/a': { get: op() }, '/b': { get: op() } }), 'operation-id-unique'],
  ['undeclared path parameter', swagger({ '/a/{id}': { get: op() } }), 'path-parameters-match-template'],
  ['path parameter missing from the path', swagger({ '/a': { get: op({ parameters: [pathParam('id')] }) } }), 'path-parameters-match-template'],
  ['two body parameters', swagger({ '/a': { post: op({ parameters: [body('x'), body('y')] }) } }), 'body-parameter-single'],
  ['body and formData', swagger({ '/a': { post: op({ consumes: ['multipart/form-data'], parameters: [body('x'), { name: 'f', in: 'formData', type: 'string' }] }) } }), 'body-parameter-single'],
  ['duplicate parameters', swagger({ '/a': { get: op({ parameters: [{ name: 'q', in: 'query', type: 'string' }, { name: 'q', in: 'query', type: 'integer' }] }) } }), 'parameter-unique'],
  ['required names a missing property', swagger(undefined, { definitions: { A: { type: 'object', required: ['b'], properties: { a: { type: 'string' } } } } }), 'schema-required-properties'],
  ['array without items', swagger({ '/a': { get: op({ parameters: [{ name: 'q', in: 'query', type: 'array' }] }) } }), 'schema-array-items'],
  ['dangling $ref', swagger({ '/a': { get: op({ responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Nope' } } } }) } }), 'ref-target-exists'],
  ['file parameter without a form consumes', swagger({ '/a': { post: op({ parameters: [{ name: 'f', in: 'formData', type: 'file' }] }) } }), 'form-data-consumes'],
  ['path parameter not required', swagger({ '/a/{id}': { get: op({ parameters: [pathParam('id', { required: false })] }) } }), 'path-parameter-required'],
  ['unknown key', swagger(undefined, { servers: [] }), 'swagger-schema'],
];

async function ourFindings(document: unknown, profile: 'custom' | 'certification') {
  const loaded = loadDocument('apiDefinition.swagger.json', JSON.stringify(document, null, 2));
  if (!isLoadedDocument(loaded)) throw new Error(loaded.message);
  const [report] = await validateConnector({ swagger: loaded }, { profile });
  return report!.diagnostics;
}

describe('parity with swagger-parser', () => {
  it('accepts what both accept', async () => {
    const document = swagger({ '/a/{id}': { get: op({ parameters: [pathParam('id')] }) } });
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
    expect((await ourFindings(document, 'custom')).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(broken)('%s: swagger-parser rejects it, certification reports %s as an error with a position', async (_name, document, code) => {
    const input = structuredClone(document);
    await expect(SwaggerParser.validate(input as never)).rejects.toThrow();
    const findings = await ourFindings(document, 'certification');
    const finding = findings.find((d) => d.code === code && d.severity === 'error');
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding!.line).toBeGreaterThan(0);
  });
});
