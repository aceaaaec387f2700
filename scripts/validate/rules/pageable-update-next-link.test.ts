import { apiProperties, op, swagger, testRule } from '../testing.js';
import rule from './pageable-update-next-link.js';

const pageable = swagger({ '/items': { get: op({ operationId: 'ListItems', 'x-ms-pageable': { nextLinkName: '@odata.nextLink' } }) } });
const policy = (names: string[], property = '@odata.nextLink') =>
  apiProperties({
    policyTemplateInstances: [
      { templateId: 'updatenextlink', title: 'Paging', parameters: { 'x-ms-apimTemplate-operationName': names, 'x-ms-apimTemplateParameter.nextLinkPropertyName': property } },
    ],
  });

testRule(rule, {
  valid: [
    { name: 'a policy listing the operation', swagger: pageable, apiProperties: policy(['ListItems']) },
    { name: 'a lone swagger', swagger: pageable },
  ],
  invalid: [
    { name: 'no policy', swagger: pageable, apiProperties: apiProperties(), pointers: ['/paths/~1items/get/x-ms-pageable'] },
    { name: 'a policy for another property', swagger: pageable, apiProperties: policy(['ListItems'], 'nextLink'), pointers: ['/paths/~1items/get/x-ms-pageable/nextLinkName'] },
  ],
});
