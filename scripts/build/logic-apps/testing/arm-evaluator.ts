/**
 * Evaluates an ARM deployment template the way Resource Manager would, for the functions the
 * build emits (parameters, concat, if, empty, null, resourceGroup, resourceId) and nothing more:
 * an unknown function is an error, so the tests notice when the template grows beyond what they
 * check. Strings are read by ARM's rule: `[...]` is an expression, `[[...]` a literal with one
 * bracket less, anything else a literal; property names alike.
 */
import type { DeploymentContext, EvaluatedParameter, EvaluatedResource, EvaluatedTemplate } from './deployment-context.js';
import { resourceIdIn } from './deployment-context.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function evaluateArmTemplate(template: Record<string, unknown>, context: DeploymentContext): EvaluatedTemplate {
  const parameters: Record<string, EvaluatedParameter> = {};
  const scope = (name: string): unknown => {
    const p = parameters[name];
    if (!p) throw new Error(`parameters('${name}'): no such parameter (or used before it is defined)`);
    return p.value;
  };
  const evaluate = (value: Json): unknown => evaluateValue(value, (text) => evaluateExpression(text, scope, context));

  for (const [name, definition] of Object.entries((template.parameters ?? {}) as Record<string, Record<string, Json>>)) {
    const type = String(definition.type).toLowerCase();
    const hasDefault = 'defaultValue' in definition;
    let value: unknown;
    if (name in context.parameters) value = context.parameters[name];
    else if (hasDefault) value = evaluate(definition.defaultValue as Json);
    else throw new Error(`Deployment needs a value for parameter '${name}'`);
    if ((type === 'string' || type === 'securestring') && typeof value !== 'string') throw new Error(`Parameter '${name}' must be a string`);
    if (type === 'bool' && typeof value !== 'boolean') throw new Error(`Parameter '${name}' must be a bool`);
    parameters[name] = { type, hasDefault, value };
  }

  const resources: EvaluatedResource[] = ((template.resources ?? []) as Record<string, Json>[]).map((r) => ({
    type: String(r.type),
    apiVersion: String(r.apiVersion),
    deployed: r.condition === undefined ? true : evaluate(r.condition) === true,
    name: evaluate(r.name as Json),
    location: evaluate(r.location as Json),
    properties: evaluate(r.properties as Json),
  }));

  const outputs = Object.fromEntries(
    Object.entries((template.outputs ?? {}) as Record<string, Record<string, Json>>).map(([name, o]) => [name, evaluate(o.value as Json)]),
  );
  return { parameters, resources, outputs };
}

/** A template value with every expression evaluated and every escaped literal unescaped. */
export function evaluateValue(value: Json, expression: (text: string) => unknown): unknown {
  if (typeof value === 'string') return evaluateString(value, expression);
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, expression));
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) result[String(evaluateString(k, expression))] = evaluateValue(v, expression);
    return result;
  }
  return value;
}

function evaluateString(text: string, expression: (text: string) => unknown): unknown {
  if (!(text.length >= 2 && text.startsWith('[') && text.endsWith(']'))) return text;
  if (text.startsWith('[[')) return text.slice(1);
  return expression(text.slice(1, -1));
}

/** One expression (the text between the brackets). */
export function evaluateExpression(text: string, parameter: (name: string) => unknown, context: DeploymentContext): unknown {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`ARM expression '${text}' at ${at}: ${message}`);
  };
  const space = () => {
    while (text[at] === ' ') at++;
  };
  const expect = (c: string) => {
    space();
    if (text[at] !== c) fail(`expected '${c}'`);
    at++;
  };
  const primary = (): unknown => {
    space();
    if (text[at] === "'") {
      let value = '';
      at++;
      for (;;) {
        if (at >= text.length) fail('unterminated string');
        if (text[at] === "'") {
          if (text[at + 1] === "'") {
            value += "'";
            at += 2;
            continue;
          }
          at++;
          return value;
        }
        value += text[at++];
      }
    }
    const name = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(at))?.[0] ?? fail('expected a function');
    at += name.length;
    if (name === 'true' || name === 'false') return name === 'true';
    expect('(');
    const args: unknown[] = [];
    space();
    if (text[at] !== ')') {
      for (;;) {
        args.push(primary());
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        break;
      }
    }
    expect(')');
    let result = call(name.toLowerCase(), args);
    while (text[at] === '.') {
      at++;
      const property = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(at))?.[0] ?? fail('expected a property');
      at += property.length;
      result = (result as Record<string, unknown>)[property];
    }
    return result;
  };
  const call = (name: string, args: unknown[]): unknown => {
    switch (name) {
      case 'parameters':
        return parameter(String(args[0]));
      case 'concat':
        return args.map(String).join('');
      case 'if':
        if (typeof args[0] !== 'boolean') fail('if() needs a bool condition');
        return args[0] ? args[1] : args[2];
      case 'empty':
        return args[0] === '' || args[0] === null || (Array.isArray(args[0]) && args[0].length === 0);
      case 'null':
        return null;
      case 'resourcegroup':
        return { name: context.resourceGroup, location: context.resourceGroupLocation };
      case 'resourceid':
        return resourceIdIn(context, String(args[0]), args[1]);
      default:
        return fail(`function ${name}() is not one the build emits`);
    }
  };
  const result = primary();
  space();
  if (at !== text.length) fail('unexpected text');
  return result;
}
