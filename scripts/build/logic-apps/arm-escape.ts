/**
 * ARM evaluates a JSON string that starts with `[` and ends with `]` as a template expression, in
 * property values and property names alike. A literal of that shape is escaped by doubling the
 * first bracket (`[[x]` deploys as `[x]`); a string that starts with `[` but does not end with `]`
 * is already a literal, and doubling its bracket would put the extra `[` into the deployed value.
 * (Azure Resource Manager documentation, "Syntax and expressions in ARM templates", Escape characters.)
 */

/** Whether ARM would read this string as an expression (or as an escaped literal). */
export function looksLikeArmExpression(text: string): boolean {
  return text.length >= 2 && text.startsWith('[') && text.endsWith(']');
}

/** The JSON string that deploys as exactly `text`. */
export function escapeArmLiteral(text: string): string {
  return looksLikeArmExpression(text) ? `[${text}` : text;
}

/** What ARM makes of a literal string of the template, or `undefined` when it is an expression. */
export function unescapeArmLiteral(text: string): string | undefined {
  if (!looksLikeArmExpression(text)) return text;
  return text.startsWith('[[') ? text.slice(1) : undefined;
}

