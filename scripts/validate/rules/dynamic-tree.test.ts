import { op, swagger, testRule } from '../testing.js';
import rule from './dynamic-tree.js';

const tree = { settings: { canSelectFolders: true }, open: { operationId: 'ListRoot' }, browse: { operationId: 'ListFolder', selectedItemValuePath: 'Id' } };
const withParameter = (parameter: object) => swagger({ '/files': { get: op({ parameters: [{ name: 'file', in: 'query', type: 'string', ...parameter }] }) } });

testRule(rule, {
  valid: [
    { name: 'a file picker with its tree', swagger: withParameter({ 'x-ms-dynamic-values': { capability: 'file-picker' }, 'x-ms-dynamic-tree': tree }) },
    {
      name: "selectedItemValuePath in a browse parameter (as certified connectors write it)",
      swagger: withParameter({ 'x-ms-dynamic-tree': { ...tree, browse: { operationId: 'ListFolder', parameters: { folderId: { selectedItemValuePath: 'Id' } } } } }),
    },
  ],
  invalid: [
    { name: 'a file picker without a tree', swagger: withParameter({ 'x-ms-dynamic-values': { capability: 'file-picker' } }), pointers: ['/paths/~1files/get/parameters/0/x-ms-dynamic-values'], message: /no x-ms-dynamic-tree/ },
    {
      name: 'selectedItemValuePath in open',
      swagger: withParameter({ 'x-ms-dynamic-values': { capability: 'file-picker' }, 'x-ms-dynamic-tree': { ...tree, open: { operationId: 'ListRoot', selectedItemValuePath: 'Id' } } }),
      pointers: ['/paths/~1files/get/parameters/0/x-ms-dynamic-tree/open/selectedItemValuePath'],
      message: /only in the 'browse' operation/,
    },
  ],
});
