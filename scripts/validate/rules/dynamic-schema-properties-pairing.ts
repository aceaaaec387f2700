import { asObject, pointer } from '../context.js';
import { dynamicUses } from '../dynamic.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { compareParameters, parameterMessages } from './dynamic-values-list-pairing.js';

const messages = {
  operationDiffers: (propertiesOperationId: string, schemaOperationId: string) => `x-ms-dynamic-properties calls '${propertiesOperationId}' but x-ms-dynamic-schema calls '${schemaOperationId}'.`,
  itemValuePathDiffers: (actual: string, expected: string) => `itemValuePath '${actual}' should be '${expected}' (the dynamic-schema value-path without a final /properties).`,
  ...parameterMessages,
};

/**
 * x-ms-dynamic-properties is the newer form of x-ms-dynamic-schema; when both are present they must
 * fetch the same shape: same operation, same arguments, itemValuePath = value-path without a final
 * `/properties`.
 */
const rule = defineRule({
  id: 'dynamic-schema-properties-pairing',
  description: 'x-ms-dynamic-schema and x-ms-dynamic-properties describe the same lookup (operation, parameters, value path).',
  docs: ruleDocs('dynamic-schema-properties-pairing'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const use of dynamicUses(ctx)) {
      const schema = asObject(use.holder['x-ms-dynamic-schema']);
      const properties = asObject(use.holder['x-ms-dynamic-properties']);
      if (!schema || !properties) continue;
      const at = pointer(use.at, 'x-ms-dynamic-properties');
      if (schema.operationId !== properties.operationId) out.push({ pointer: pointer(use.at, 'x-ms-dynamic-properties', 'operationId'), message: messages.operationDiffers(String(properties.operationId), String(schema.operationId)) });
      const valuePath = typeof schema['value-path'] === 'string' ? schema['value-path'] : '';
      const expected = valuePath.replace(/\/?properties$/, '');
      const actual = typeof properties.itemValuePath === 'string' ? properties.itemValuePath : '';
      if (actual !== expected) out.push({ pointer: pointer(use.at, 'x-ms-dynamic-properties', 'itemValuePath'), message: messages.itemValuePathDiffers(actual, expected) });
      out.push(...compareParameters(asObject(schema.parameters) ?? {}, asObject(properties.parameters) ?? {}, at, ['x-ms-dynamic-schema', 'x-ms-dynamic-properties']));
    }
    return out;
  },
});
export default rule;
