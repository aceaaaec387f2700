import { asObject, pointer, type JsonObject } from '../context.js';
import { dynamicUses } from '../dynamic.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** The property a reference ends at: `subscriber/formId` and `formId` name the same body property. */
const lastSegment = (reference: unknown) => (typeof reference === 'string' ? reference.split('/').at(-1) : undefined);

/** `{"parameter": "x"}` ↔ `{"parameterReference": "x"}`, a literal ↔ `{"value": literal}`. */
export function sameArgument(values: unknown, list: unknown): boolean {
  const v = asObject(values);
  const l = asObject(list);
  if (!l) return false;
  if (v && typeof v.parameter === 'string') return typeof l.parameterReference === 'string' && lastSegment(l.parameterReference) === lastSegment(v.parameter);
  if (v && typeof v.value !== 'undefined') return JSON.stringify(l.value) === JSON.stringify(v.value);
  return JSON.stringify(l.value) === JSON.stringify(values);
}

/** compareParameters' messages: both pairing rules report them, so both catalogue them. */
export const parameterMessages = {
  passedByOneOnly: (parameter: string, extension: string) => `Parameter '${parameter}' is passed by ${extension} only; both must pass the same parameters.`,
  valuesDiffer: (parameter: string, first: string, second: string) => `Parameter '${parameter}' gets different values in ${first} and ${second}.`,
};

export function compareParameters(a: JsonObject, b: JsonObject, at: string, names: [string, string]): Finding[] {
  const out: Finding[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!(key in a) || !(key in b)) out.push({ pointer: at, message: parameterMessages.passedByOneOnly(key, key in a ? names[0] : names[1]) });
    else if (!sameArgument(a[key], b[key])) out.push({ pointer: at, message: parameterMessages.valuesDiffer(key, names[0], names[1]) });
  }
  return out;
}

const messages = {
  bodyPropertyNeedsList: () => 'This lookup passes a body property; add an equivalent x-ms-dynamic-list (with parameterReference).',
  operationDiffers: (listOperationId: string, valuesOperationId: string) => `x-ms-dynamic-list calls '${listOperationId}' but x-ms-dynamic-values calls '${valuesOperationId}'.`,
  fieldDiffers: (listField: string, listValue: string, valuesField: string, valuesValue: string) => `x-ms-dynamic-list ${listField} '${listValue}' differs from x-ms-dynamic-values ${valuesField} '${valuesValue}'.`,
  ...parameterMessages,
};

/**
 * x-ms-dynamic-list is the newer form of x-ms-dynamic-values; when both are present they must describe
 * the same lookup, and a lookup that takes a body property needs the list form.
 */
const rule = defineRule({
  id: 'dynamic-values-list-pairing',
  description: 'x-ms-dynamic-values and x-ms-dynamic-list describe the same lookup; body-property references need x-ms-dynamic-list.',
  docs: ruleDocs('dynamic-values-list-pairing'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const use of dynamicUses(ctx)) {
      const values = asObject(use.holder['x-ms-dynamic-values']);
      const list = asObject(use.holder['x-ms-dynamic-list']);
      if (!values) continue;
      const at = pointer(use.at, 'x-ms-dynamic-list');
      if (!list) {
        const deep = Object.values(asObject(values.parameters) ?? {}).some((v) => String(asObject(v)?.parameter ?? '').includes('/'));
        if (deep) out.push({ pointer: pointer(use.at, 'x-ms-dynamic-values'), message: messages.bodyPropertyNeedsList() });
        continue;
      }
      if (values.operationId !== list.operationId) out.push({ pointer: pointer(use.at, 'x-ms-dynamic-list', 'operationId'), message: messages.operationDiffers(String(list.operationId), String(values.operationId)) });
      const pairs: [string, string][] = [['value-collection', 'itemsPath'], ['value-path', 'itemValuePath'], ['value-title', 'itemTitlePath']];
      for (const [vKey, lKey] of pairs) {
        const v = values[vKey] ?? '';
        const l = list[lKey] ?? '';
        if (v !== l) out.push({ pointer: at, message: messages.fieldDiffers(lKey, String(l), vKey, String(v)) });
      }
      out.push(...compareParameters(asObject(values.parameters) ?? {}, asObject(list.parameters) ?? {}, at, ['x-ms-dynamic-values', 'x-ms-dynamic-list']));
    }
    return out;
  },
});
export default rule;
