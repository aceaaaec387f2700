import { apiProperties, op, swagger, testRule } from '../testing.js';
import rule from './polling-trigger.js';

const trigger = (overrides: Record<string, unknown> = {}) =>
  swagger({ '/items/poll': { get: op({ operationId: 'OnNewItems', 'x-ms-trigger': 'batch', 'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' }, ...overrides }) } });
const policy = (names: string[]) =>
  apiProperties({
    policyTemplateInstances: [
      {
        templateId: 'pollingtrigger',
        title: 'Poll',
        type: 'PollingTrigger',
        parameters: { 'x-ms-apimTemplate-operationName': names, 'x-ms-apimTemplateParameter.triggerConfig': {}, 'x-ms-apimTemplateParameter.triggerDataPath': '@triggerBody().value' },
      },
    ],
  });

testRule(rule, {
  valid: [
    { name: 'with a pollingtrigger policy', swagger: trigger(), apiProperties: policy(['OnNewItems']) },
    { name: 'with the backend 202 protocol', swagger: trigger({ responses: { '200': { description: 'OK', schema: {} }, '202': { description: 'No new data' } } }), apiProperties: apiProperties() },
    { name: 'a lone swagger (no apiProperties to judge)', swagger: trigger() },
  ],
  invalid: [
    { name: 'no state keeping', swagger: trigger(), apiProperties: policy(['Other']), pointers: ['/paths/~1items~1poll/get/x-ms-trigger-metadata'], message: /pollingtrigger/ },
    { name: 'not a GET', swagger: swagger({ '/items/poll': { post: op({ 'x-ms-trigger': 'batch' }) } }), pointers: ['/paths/~1items~1poll/post'], message: /GET/ },
  ],
});
