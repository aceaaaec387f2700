/**
 * customApi.json: the model as an ARM deployment template. Literal strings (and property names)
 * are escaped so ARM deploys them unchanged; expressions become `[...]` strings; the connection
 * waits for the connector through `dependsOn`, which Bicep derives on its own.
 */
import { toStableJson } from '../../core/stable-json.js';
import { escapeArmLiteral } from './arm-escape.js';
import { Expression, type ExpressionNode, type TemplateValue } from './expression.js';
import { type LogicAppsModel, type TemplateResource, templateDescription } from './model.js';

export const DEPLOYMENT_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

export function renderArmTemplate(model: LogicAppsModel): string {
  return toStableJson(armTemplate(model));
}

export function armTemplate(model: LogicAppsModel): Record<string, unknown> {
  const bySymbol = new Map(model.resources.map((r) => [r.symbol, r]));
  const expression = (node: ExpressionNode): string => armExpression(node, bySymbol);
  const value = (v: TemplateValue): unknown => armValue(v, expression);
  return {
    $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    metadata: { description: escapeArmLiteral(templateDescription(model)) },
    parameters: Object.fromEntries(
      model.parameters.map((p) => [
        p.name,
        {
          type: p.type,
          ...(p.defaultValue !== undefined ? { defaultValue: value(p.defaultValue) } : {}),
          metadata: { description: escapeArmLiteral(p.description) },
        },
      ]),
    ),
    resources: model.resources.map((r) => ({
      ...(r.condition ? { condition: `[${expression({ kind: 'parameter', name: r.condition })}]` } : {}),
      type: r.type,
      apiVersion: r.apiVersion,
      name: value(r.name),
      location: value(r.location),
      ...(r.dependsOn.length > 0 ? { dependsOn: r.dependsOn.map((s) => `[${expression({ kind: 'resourceId', resource: s })}]`) } : {}),
      properties: value(r.properties),
    })),
    outputs: Object.fromEntries(
      model.outputs.map((o) => [o.name, { type: 'string', value: value(o.value), metadata: { description: escapeArmLiteral(o.description) } }]),
    ),
  };
}

function armValue(v: TemplateValue, expression: (node: ExpressionNode) => string): unknown {
  if (v instanceof Expression) return `[${expression(v.node)}]`;
  if (typeof v === 'string') return escapeArmLiteral(v);
  if (Array.isArray(v)) return v.map((item: TemplateValue) => armValue(item, expression));
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [escapeArmLiteral(k), armValue(item as TemplateValue, expression)]));
  }
  return v;
}

/** The text of an ARM expression, without its brackets. */
export function armExpression(node: ExpressionNode, resources: ReadonlyMap<string, TemplateResource>): string {
  const inner = (n: ExpressionNode) => armExpression(n, resources);
  switch (node.kind) {
    case 'parameter':
      return `parameters(${armString(node.name)})`;
    case 'string':
      return armString(node.value);
    case 'null':
      return 'null()';
    case 'concat':
      return `concat(${node.parts.map(inner).join(', ')})`;
    case 'if':
      return `if(${inner(node.condition)}, ${inner(node.then)}, ${inner(node.else)})`;
    case 'empty':
      return `empty(${inner(node.value)})`;
    case 'resourceGroupLocation':
      return 'resourceGroup().location';
    case 'resourceId': {
      const resource = resources.get(node.resource);
      if (!resource) throw new Error(`Logic Apps model: no resource '${node.resource}'`);
      return `resourceId(${armString(resource.type)}, ${inner(resource.name.node)})`;
    }
  }
}

/** A string literal inside an ARM expression: single quotes, a quote doubled. */
function armString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
