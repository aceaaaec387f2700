import { op, swagger, testRule } from '../testing.js';
import rule from './dynamic-parameter-types.js';

const lookup = op({ operationId: 'ListFolders', 'x-ms-visibility': 'internal', parameters: [{ name: 'site', in: 'query', type: 'string', required: true }, { name: 'top', in: 'query', type: 'integer' }] });
const caller = (site: object, parameters: object) =>
  swagger({
    '/folders': { get: lookup },
    '/files': { get: op({ operationId: 'ListFiles', parameters: [site, { name: 'folder', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListFolders', parameters, 'value-collection': 'value', 'value-path': 'id', 'value-title': 'name' } }] }) },
  });
const site = { name: 'siteUrl', in: 'query', type: 'string', required: true };

testRule(rule, {
  valid: [{ name: 'a required reference and a literal of the right type', swagger: caller(site, { site: { parameter: 'siteUrl' }, top: 10 }) }],
  invalid: [
    { name: 'a literal of the wrong type', swagger: caller(site, { site: { parameter: 'siteUrl' }, top: 'ten' }), pointers: ['/paths/~1files/get/parameters/1/x-ms-dynamic-values/parameters/top'], message: /literal "ten" is a string/ },
    { name: 'an optional source for a required parameter', swagger: caller({ ...site, required: false }, { site: { parameter: 'siteUrl' } }), pointers: ['/paths/~1files/get/parameters/1/x-ms-dynamic-values/parameters/site'], message: /is optional/ },
    { name: 'an internal source', swagger: caller({ ...site, 'x-ms-visibility': 'internal' }, { site: { parameter: 'siteUrl' } }), pointers: ['/paths/~1files/get/parameters/1/x-ms-dynamic-values/parameters/site'], message: /is internal/ },
    { name: 'a source of another type', swagger: caller({ name: 'siteUrl', in: 'query', type: 'boolean', required: true }, { top: { parameter: 'siteUrl' }, site: 'x' }), pointers: ['/paths/~1files/get/parameters/1/x-ms-dynamic-values/parameters/top'], message: /passes a boolean/ },
  ],
});
