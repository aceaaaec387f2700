import { asArray, asObject, pointer, type JsonObject } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { checkAll, checkEach, everyParameter, everySchema } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  emptyEnum: () => 'enum is empty.',
  defaultType: (value: unknown, type: string) => `default ${JSON.stringify(value)} is not of type ${type}.`,
  lowAboveHigh: (low: string, high: string) => `${low} is greater than ${high}.`,
  exclusiveWithoutBound: (exclusive: string, bound: string) => `${exclusive} needs ${bound}.`,
  invalidPattern: (pattern: string) => `pattern ${JSON.stringify(pattern)} is not a valid regular expression.`,
  enumValueType: (value: unknown, type: string) => `enum value ${JSON.stringify(value)} is not of type ${type}.`,
  enumValuesTwice: (valueJson: string) => `x-ms-enum-values lists ${valueJson} twice; give each value one display name.`,
  enumValuesOutsideEnum: (value: unknown) => `x-ms-enum-values lists ${JSON.stringify(value)}, which is not in enum.`,
};

function matchesType(value: unknown, type: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return asObject(value) !== undefined;
    default:
      return true;
  }
}

function problems(value: JsonObject): string[] {
  const out: string[] = [];
  if (Array.isArray(value.enum) && value.enum.length === 0) out.push(messages.emptyEnum());
  if (value.default !== undefined && value.type !== undefined && !matchesType(value.default, value.type)) out.push(messages.defaultType(value.default, String(value.type)));
  for (const [low, high] of [['minimum', 'maximum'], ['minLength', 'maxLength'], ['minItems', 'maxItems']] as const) {
    if (typeof value[low] === 'number' && typeof value[high] === 'number' && (value[low] as number) > (value[high] as number)) out.push(messages.lowAboveHigh(low, high));
  }
  if (value.exclusiveMaximum === true && value.maximum === undefined) out.push(messages.exclusiveWithoutBound('exclusiveMaximum', 'maximum'));
  if (value.exclusiveMinimum === true && value.minimum === undefined) out.push(messages.exclusiveWithoutBound('exclusiveMinimum', 'minimum'));
  if (typeof value.pattern === 'string') {
    try {
      new RegExp(value.pattern, 'u');
    } catch {
      out.push(messages.invalidPattern(value.pattern));
    }
  }
  if (Array.isArray(value.enum) && value.type !== undefined) {
    const wrong = value.enum.find((v) => v !== null && !matchesType(v, value.type));
    if (wrong !== undefined) out.push(messages.enumValueType(wrong, String(value.type)));
  }
  const values = value['x-ms-enum-values'];
  if (Array.isArray(values)) {
    const seen = new Set<string>();
    for (const entry of values) {
      const key = JSON.stringify(asObject(entry)?.value);
      if (key !== undefined && seen.has(key)) out.push(messages.enumValuesTwice(key));
      if (key !== undefined) seen.add(key);
    }
  }
  if (Array.isArray(value.enum) && Array.isArray(values)) {
    const allowed = new Set(value.enum.map((v) => JSON.stringify(v)));
    for (const entry of asArray(values)) {
      const v = asObject(entry)?.value;
      if (v !== undefined && !allowed.has(JSON.stringify(v))) out.push(messages.enumValuesOutsideEnum(v));
    }
  }
  return out;
}

function constraintFindings(value: JsonObject, where: PointerSegments): Finding[] {
  return problems(value).map((message) => ({ pointer: pointer(where), message }));
}

/** The schema keywords' own consistency, as Microsoft's validator checks it. */
const rule = defineRule({
  id: 'schema-constraints',
  description: 'Schema constraints are consistent: non-empty enum, default of the right type, min ≤ max, valid pattern, x-ms-enum-values within enum.',
  docs: ruleDocs('schema-constraints'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkAll(
    checkEach(everySchema, ({ schema, at }) => constraintFindings(schema, at)),
    checkEach(everyParameter, (p) => (p.parameter.in !== 'body' ? constraintFindings(p.parameter, p.definedAt) : undefined)),
  ),
});
export default rule;
