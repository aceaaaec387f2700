/**
 * Parses and evaluates the subset of Bicep the build emits: `param` (with `@secure()` and
 * `@description()`), `resource` (optionally `if (...)`), `output`; object and array literals one
 * item per line; strings with Bicep's escapes and `${}` interpolation; parameter references,
 * `a ? b : c`, `empty()`, `json()`, `resourceGroup().location` and `symbol.id`. Anything else is
 * an error naming the line, so the tests notice when the Bicep grows beyond what they check.
 */
import type { DeploymentContext, EvaluatedParameter, EvaluatedResource, EvaluatedTemplate } from './deployment-context.js';
import { resourceIdIn } from './deployment-context.js';

type Node =
  | { kind: 'literal'; value: unknown }
  | { kind: 'string'; parts: (string | Node)[] }
  | { kind: 'object'; entries: [string, Node][] }
  | { kind: 'array'; items: Node[] }
  | { kind: 'reference'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'member'; object: Node; property: string }
  | { kind: 'ternary'; condition: Node; then: Node; else: Node };

interface Decorator {
  name: string;
  args: Node[];
}

export interface BicepFile {
  params: { name: string; type: string; secure: boolean; description?: Node; defaultValue?: Node }[];
  resources: { symbol: string; type: string; apiVersion: string; condition?: Node; body: Node }[];
  outputs: { name: string; type: string; value: Node }[];
}

export function parseBicep(text: string): BicepFile {
  let at = 0;
  const lineOf = () => text.slice(0, at).split('\n').length;
  const fail = (message: string): never => {
    throw new Error(`main.bicep:${lineOf()}: ${message}`);
  };
  const space = () => {
    for (;;) {
      while (at < text.length && /\s/.test(text[at] as string)) at++;
      if (text.startsWith('//', at)) {
        while (at < text.length && text[at] !== '\n') at++;
        continue;
      }
      return;
    }
  };
  const peek = (s: string) => {
    space();
    return text.startsWith(s, at);
  };
  const expect = (s: string) => {
    if (!peek(s)) fail(`expected '${s}'`);
    at += s.length;
  };
  const identifier = (): string => {
    space();
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at))?.[0] ?? fail('expected an identifier');
    at += name.length;
    return name;
  };
  const string = (): Node => {
    expect("'");
    const parts: (string | Node)[] = [];
    let current = '';
    for (;;) {
      if (at >= text.length) fail('unterminated string');
      const c = text[at] as string;
      if (c === "'") {
        at++;
        break;
      }
      if (c === '\n') fail('line break in a string');
      if (c === '\\') {
        const e = text[at + 1];
        at += 2;
        if (e === '\\' || e === "'" || e === '$') current += e;
        else if (e === 'n') current += '\n';
        else if (e === 'r') current += '\r';
        else if (e === 't') current += '\t';
        else if (e === 'u') {
          const m = /^\{([0-9A-Fa-f]+)\}/.exec(text.slice(at)) ?? fail('bad \\u escape');
          current += String.fromCodePoint(parseInt(m[1] as string, 16));
          at += m[0].length;
        } else fail(`unknown escape \\${e}`);
        continue;
      }
      if (c === '$' && text[at + 1] === '{') {
        at += 2;
        if (current) parts.push(current);
        current = '';
        parts.push(expression());
        expect('}');
        continue;
      }
      current += c;
      at++;
    }
    if (current || parts.length === 0) parts.push(current);
    return { kind: 'string', parts };
  };
  const primary = (): Node => {
    space();
    const c = text[at];
    if (c === "'") return string();
    if (c === '{') {
      at++;
      const entries: [string, Node][] = [];
      while (!peek('}')) {
        const key = peek("'") ? keyString() : identifier();
        expect(':');
        entries.push([key, expression()]);
      }
      expect('}');
      return { kind: 'object', entries };
    }
    if (c === '[') {
      at++;
      const items: Node[] = [];
      while (!peek(']')) items.push(expression());
      expect(']');
      return { kind: 'array', items };
    }
    if (c === '(') {
      at++;
      const inner = expression();
      expect(')');
      return inner;
    }
    const number = /^-?[0-9]+/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    const name = identifier();
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
    if (name === 'null') return { kind: 'literal', value: null };
    let node: Node;
    if (peek('(')) {
      at++;
      const args: Node[] = [];
      while (!peek(')')) {
        args.push(expression());
        if (peek(',')) at++;
      }
      expect(')');
      node = { kind: 'call', name, args };
    } else node = { kind: 'reference', name };
    while (text[at] === '.') {
      at++;
      node = { kind: 'member', object: node, property: identifier() };
    }
    return node;
  };
  const keyString = (): string => {
    const node = string();
    if (node.kind !== 'string' || node.parts.some((p) => typeof p !== 'string')) fail('interpolated key');
    return (node as { parts: string[] }).parts.join('');
  };
  const expression = (): Node => {
    const condition = primary();
    if (!peek('?')) return condition;
    at++;
    const then = expression();
    expect(':');
    return { kind: 'ternary', condition, then, else: expression() };
  };

  const file: BicepFile = { params: [], resources: [], outputs: [] };
  let decorators: Decorator[] = [];
  for (;;) {
    space();
    if (at >= text.length) break;
    if (text[at] === '@') {
      at++;
      const name = identifier();
      expect('(');
      const args: Node[] = [];
      while (!peek(')')) args.push(expression());
      expect(')');
      decorators.push({ name, args });
      continue;
    }
    const keyword = identifier();
    const description = decorators.find((d) => d.name === 'description')?.args[0];
    const unknown = decorators.find((d) => d.name !== 'description' && d.name !== 'secure');
    if (unknown) fail(`decorator @${unknown.name} is not one the build emits`);
    if (keyword === 'param') {
      const name = identifier();
      const type = identifier();
      const defaultValue = peek('=') ? (expect('='), expression()) : undefined;
      file.params.push({
        name,
        type,
        secure: decorators.some((d) => d.name === 'secure'),
        ...(description ? { description } : {}),
        ...(defaultValue ? { defaultValue } : {}),
      });
    } else if (keyword === 'resource') {
      const symbol = identifier();
      const typeNode = string();
      const [type, apiVersion] = String((typeNode as { parts: string[] }).parts.join('')).split('@');
      expect('=');
      let condition: Node | undefined;
      if (peek('if')) {
        identifier();
        expect('(');
        condition = expression();
        expect(')');
      }
      file.resources.push({ symbol, type: type ?? '', apiVersion: apiVersion ?? '', ...(condition ? { condition } : {}), body: primary() });
    } else if (keyword === 'output') {
      const name = identifier();
      const type = identifier();
      expect('=');
      file.outputs.push({ name, type, value: expression() });
    } else fail(`'${keyword}' is not a statement the build emits`);
    decorators = [];
  }
  return file;
}

export function evaluateBicep(text: string, context: DeploymentContext): EvaluatedTemplate {
  const file = parseBicep(text);
  const parameters: Record<string, EvaluatedParameter> = {};
  const symbols = new Map(file.resources.map((r) => [r.symbol, r]));

  const evaluate = (node: Node): unknown => {
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'string':
        return node.parts.map((p) => (typeof p === 'string' ? p : String(evaluate(p)))).join('');
      case 'object':
        return Object.fromEntries(node.entries.map(([k, v]) => [k, evaluate(v)]));
      case 'array':
        return node.items.map(evaluate);
      case 'reference': {
        const p = parameters[node.name];
        if (!p) throw new Error(`main.bicep: '${node.name}' is no parameter defined before its use`);
        return p.value;
      }
      case 'call': {
        const args = node.args.map(evaluate);
        if (node.name === 'empty') return args[0] === '' || args[0] === null || (Array.isArray(args[0]) && args[0].length === 0);
        if (node.name === 'json') return JSON.parse(String(args[0]));
        if (node.name === 'resourceGroup') return { name: context.resourceGroup, location: context.resourceGroupLocation };
        throw new Error(`main.bicep: function ${node.name}() is not one the build emits`);
      }
      case 'member': {
        if (node.object.kind === 'reference' && symbols.has(node.object.name) && node.property === 'id') {
          const resource = symbols.get(node.object.name)!;
          return resourceIdIn(context, resource.type, (evaluate(resource.body) as { name: unknown }).name);
        }
        return (evaluate(node.object) as Record<string, unknown>)[node.property];
      }
      case 'ternary': {
        const condition = evaluate(node.condition);
        if (typeof condition !== 'boolean') throw new Error('main.bicep: a condition must be a bool');
        return condition ? evaluate(node.then) : evaluate(node.else);
      }
    }
  };

  for (const p of file.params) {
    const type = p.type === 'string' && p.secure ? 'securestring' : p.type;
    let value: unknown;
    if (p.name in context.parameters) value = context.parameters[p.name];
    else if (p.defaultValue) value = evaluate(p.defaultValue);
    else throw new Error(`Deployment needs a value for parameter '${p.name}'`);
    parameters[p.name] = { type, hasDefault: p.defaultValue !== undefined, value };
  }

  const resources: EvaluatedResource[] = file.resources.map((r) => {
    const body = evaluate(r.body) as Record<string, unknown>;
    const unknownKeys = Object.keys(body).filter((k) => !['name', 'location', 'properties'].includes(k));
    if (unknownKeys.length > 0) throw new Error(`main.bicep: resource ${r.symbol} has ${unknownKeys.join(', ')}, which the build does not emit`);
    return {
      type: r.type,
      apiVersion: r.apiVersion,
      deployed: r.condition ? evaluate(r.condition) === true : true,
      name: body.name,
      location: body.location,
      properties: body.properties,
    };
  });
  const outputs = Object.fromEntries(file.outputs.map((o) => [o.name, evaluate(o.value)]));
  return { parameters, resources, outputs };
}

/** The parameter descriptions, for comparing them with the ARM template's metadata. */
export function bicepParameterDescriptions(text: string): Record<string, unknown> {
  const file = parseBicep(text);
  return Object.fromEntries(
    file.params.map((p) => [p.name, p.description?.kind === 'string' ? p.description.parts.join('') : undefined]),
  );
}
