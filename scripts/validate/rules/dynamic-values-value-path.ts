import { asObject, pointer, type JsonObject } from '../context.js';
import type { ValidationContext } from '../context.js';
import { followPath, itemsOf, successSchema } from '../dynamic.js';
import { checkEach, everyDynamicUse } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  collectionMissing: (operationId: string, missing: string, collection: string) => `'${operationId}' does not return '${missing}' (the collection path '${collection}').`,
  notArray: (operationId: string, collection: string) => `'${operationId}' returns no array at '${collection || '(the response root)'}'.`,
  itemFieldMissing: (operationId: string, missing: string, field: string) => `The items '${operationId}' returns have no '${missing}' (${field}).`,
};

function checkList(ctx: ValidationContext, response: JsonObject, collection: unknown, fields: Record<string, unknown>, at: string, targetId: string): Finding[] {
  let list: JsonObject = response;
  if (typeof collection === 'string' && collection !== '') {
    const found = followPath(ctx, response, collection);
    if (found.kind === 'unknown') return [];
    if (found.kind === 'missing') return [{ pointer: at, message: messages.collectionMissing(targetId, found.at, collection) }];
    list = found.schema;
  }
  const items = itemsOf(ctx, list);
  if (items === 'unknown') return [];
  if (items === 'not-array') return [{ pointer: at, message: messages.notArray(targetId, typeof collection === 'string' ? collection : '') }];
  const out: Finding[] = [];
  for (const [field, path] of Object.entries(fields)) {
    if (typeof path !== 'string' || path === '') continue;
    const found = followPath(ctx, items, path);
    if (found.kind === 'missing') out.push({ pointer: at, message: messages.itemFieldMissing(targetId, found.at, field) });
  }
  return out;
}

/** The validator checks that the invoked operation produces the array and properties a picker reads. */
const rule = defineRule({
  id: 'dynamic-values-value-path',
  description: "A picker's collection, value and title paths exist in its lookup operation's response schema.",
  docs: ruleDocs('dynamic-values-value-path'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkEach(everyDynamicUse, (use, ctx) => {
    const out: Finding[] = [];
    const values = asObject(use.holder['x-ms-dynamic-values']);
    const list = asObject(use.holder['x-ms-dynamic-list']);
    for (const [key, extension, collection, fields] of [
      ['x-ms-dynamic-values', values, values?.['value-collection'], { 'value-path': values?.['value-path'], 'value-title': values?.['value-title'] }],
      ['x-ms-dynamic-list', list, list?.itemsPath, { itemValuePath: list?.itemValuePath, itemTitlePath: list?.itemTitlePath }],
    ] as const) {
      const id = extension?.operationId;
      const target = typeof id === 'string' ? ctx.operationsById.get(id) : undefined;
      const response = target ? successSchema(ctx, target) : undefined;
      if (!response) continue;
      out.push(...checkList(ctx, response, collection, fields, pointer(use.at, key), id as string));
    }
    return out;
  }),
});
export default rule;
