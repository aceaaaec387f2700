/**
 * The few deployment-time expressions the Logic Apps template needs, as a tree both writers
 * render: the ARM writer as `[parameters('x')]`, the Bicep writer as `x`. Keeping them as data
 * (not as ARM text) is what lets one model describe the JSON template and the Bicep file alike.
 */

export type ExpressionNode =
  | { readonly kind: 'parameter'; readonly name: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'null' }
  /** `concat` of strings; Bicep writes it as an interpolated string. */
  | { readonly kind: 'concat'; readonly parts: readonly ExpressionNode[] }
  | { readonly kind: 'if'; readonly condition: ExpressionNode; readonly then: ExpressionNode; readonly else: ExpressionNode }
  | { readonly kind: 'empty'; readonly value: ExpressionNode }
  | { readonly kind: 'resourceGroupLocation' }
  /** The id of a resource of the same template, named by its symbolic name. */
  | { readonly kind: 'resourceId'; readonly resource: string };

/**
 * A value evaluated at deployment. A class, so a writer tells it apart from the plain objects of
 * the embedded swagger with `instanceof`, whatever keys those objects have.
 */
export class Expression {
  constructor(readonly node: ExpressionNode) {}
}

/** A template value: JSON, with expressions where the value is only known at deployment. */
export type TemplateValue =
  | null
  | boolean
  | number
  | string
  | Expression
  | readonly TemplateValue[]
  | { readonly [key: string]: TemplateValue };

export const parameter = (name: string): Expression => new Expression({ kind: 'parameter', name });

export const resourceId = (resource: string): Expression => new Expression({ kind: 'resourceId', resource });

export const resourceGroupLocation = (): Expression => new Expression({ kind: 'resourceGroupLocation' });

/** Strings and expressions joined; literal strings stay literal inside the expression. */
export function concat(...parts: readonly (string | Expression)[]): Expression {
  return new Expression({
    kind: 'concat',
    parts: parts.map((p) => (typeof p === 'string' ? { kind: 'string', value: p } : p.node)),
  });
}

/** `value` when the string parameter is non-empty, else null (the property is left unset). */
export function unlessEmpty(name: string): Expression {
  const value: ExpressionNode = { kind: 'parameter', name };
  return new Expression({ kind: 'if', condition: { kind: 'empty', value }, then: { kind: 'null' }, else: value });
}

/** `value` when the bool parameter is true, else `otherwise`. */
export function when(name: string, value: Expression, otherwise: string): Expression {
  return new Expression({
    kind: 'if',
    condition: { kind: 'parameter', name },
    then: value.node,
    else: { kind: 'string', value: otherwise },
  });
}

/** The parameters an expression reads, in order of first use. */
export function parametersOf(node: ExpressionNode, into: string[] = []): string[] {
  switch (node.kind) {
    case 'parameter':
      if (!into.includes(node.name)) into.push(node.name);
      break;
    case 'concat':
      for (const part of node.parts) parametersOf(part, into);
      break;
    case 'if':
      parametersOf(node.condition, into);
      parametersOf(node.then, into);
      parametersOf(node.else, into);
      break;
    case 'empty':
      parametersOf(node.value, into);
      break;
    default:
      break;
  }
  return into;
}
