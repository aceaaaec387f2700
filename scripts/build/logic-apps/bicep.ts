/**
 * main.bicep: the model in Bicep. Bicep strings are never evaluated as ARM expressions, so the
 * swagger's strings are written as they are (only Bicep's own escapes: `\\`, `\'`, `\${`, control
 * and non-ASCII characters); expressions become parameter references, interpolated strings and
 * `symbol.id`. Layout is fixed (two-space indent, one property per line) so the output is
 * byte-stable.
 */
import { Expression, type ExpressionNode, type TemplateValue } from './expression.js';
import { type LogicAppsModel, templateDescription } from './model.js';

/**
 * Keys quoted although they are identifiers: the literals, and the keywords that open an
 * expression. (Other keywords such as `type` are plain property names in Bicep: `identity: { type: ... }`.)
 */
const RESERVED = new Set(['true', 'false', 'null', 'if', 'for']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function renderBicep(model: LogicAppsModel): string {
  const lines: string[] = [`// ${templateDescription(model)}`, ''];
  const symbols = new Set(model.resources.map((r) => r.symbol));
  const expression = (node: ExpressionNode): string => bicepExpression(node, symbols);
  for (const p of model.parameters) {
    if (p.type === 'securestring') lines.push('@secure()');
    lines.push(`@description(${bicepString(p.description)})`);
    const type = p.type === 'bool' ? 'bool' : 'string';
    const value = p.defaultValue === undefined ? '' : ` = ${bicepValue(p.defaultValue, '', expression)}`;
    lines.push(`param ${p.name} ${type}${value}`, '');
  }
  for (const r of model.resources) {
    const condition = r.condition ? `if (${r.condition}) ` : '';
    const body: Record<string, TemplateValue> = { name: r.name, location: r.location, properties: r.properties };
    lines.push(`resource ${r.symbol} ${bicepString(`${r.type}@${r.apiVersion}`)} = ${condition}${bicepValue(body, '', expression)}`, '');
  }
  model.outputs.forEach((o, index) => {
    lines.push(`@description(${bicepString(o.description)})`);
    lines.push(`output ${o.name} string = ${bicepValue(o.value, '', expression)}`);
    if (index < model.outputs.length - 1) lines.push('');
  });
  return `${lines.join('\n')}\n`;
}

function bicepValue(v: TemplateValue, indent: string, expression: (node: ExpressionNode) => string): string {
  if (v instanceof Expression) return expression(v.node);
  if (typeof v === 'string') return bicepString(v);
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : `json(${bicepString(String(v))})`;
  if (v === null || typeof v === 'boolean') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((item: TemplateValue) => `${inner}${bicepValue(item, inner, expression)}\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(v as Record<string, TemplateValue>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, item]) => `${inner}${bicepKey(k)}: ${bicepValue(item, inner, expression)}\n`).join('')}${indent}}`;
}

function bicepKey(key: string): string {
  return IDENTIFIER.test(key) && !RESERVED.has(key) ? key : bicepString(key);
}

/** A Bicep string literal: single quotes; `${` escaped so it is not interpolation; ASCII only. */
export function bicepString(text: string): string {
  return `'${bicepStringBody(text)}'`;
}

function bicepStringBody(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === "'") out += "\\'";
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '$' && text[i + 1] === '{') out += '\\$';
    else if (code < 0x20 || code > 0x7e) {
      // A surrogate pair is one code point: \u{1F600}, not two escapes.
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i++;
      out += `\\u{${point.toString(16).toUpperCase()}}`;
    } else out += c;
  }
  return out;
}

export function bicepExpression(node: ExpressionNode, symbols: ReadonlySet<string>): string {
  const inner = (n: ExpressionNode) => bicepExpression(n, symbols);
  switch (node.kind) {
    case 'parameter':
      return node.name;
    case 'string':
      return bicepString(node.value);
    case 'null':
      return 'null';
    case 'concat':
      return `'${node.parts.map((p) => (p.kind === 'string' ? bicepStringBody(p.value) : `\${${inner(p)}}`)).join('')}'`;
    case 'if': {
      const operand = (n: ExpressionNode) => (n.kind === 'if' ? `(${inner(n)})` : inner(n));
      return `${operand(node.condition)} ? ${operand(node.then)} : ${operand(node.else)}`;
    }
    case 'empty':
      return `empty(${inner(node.value)})`;
    case 'resourceGroupLocation':
      return 'resourceGroup().location';
    case 'resourceId':
      if (!symbols.has(node.resource)) throw new Error(`Logic Apps model: no resource '${node.resource}'`);
      return `${node.resource}.id`;
  }
}
