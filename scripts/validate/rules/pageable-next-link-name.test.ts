import { op, swagger, testRule } from '../testing.js';
import rule from './pageable-next-link-name.js';

const pageable = (nextLinkName: string) => swagger({ '/items': { get: op({ 'x-ms-pageable': { nextLinkName } }) } });

testRule(rule, {
  valid: [{ name: '@odata.nextLink', swagger: pageable('@odata.nextLink') }, { name: 'nextLink', swagger: pageable('nextLink') }],
  invalid: [{ name: 'next', swagger: pageable('next'), pointers: ['/paths/~1items/get/x-ms-pageable/nextLinkName'] }],
});
