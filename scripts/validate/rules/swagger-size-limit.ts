import { defineRule, ruleDocs } from '../types.js';

export const MAX_SWAGGER_BYTES = 1024 * 1024;

const messages = {
  tooLarge: (bytes: number) =>
    `The swagger is ${bytes} bytes as paconn posts it (re-serialised without indentation); Power Platform accepts less than ${MAX_SWAGGER_BYTES} (1 MB). Move repeated shapes to definitions, drop unused definitions and long descriptions, or split the connector.`,
};

/**
 * The size of `value` as Python's json.dumps writes it, which is how paconn (through requests' json=)
 * posts the definition: no indentation, ', ' and ': ' between items, every non-ASCII character
 * escaped as \uXXXX (two of them for a character outside the BMP).
 */
export function postedSize(value: unknown): number {
  const compact = JSON.stringify(value) ?? '';
  // Each UTF-16 unit above ASCII becomes a six-character \uXXXX escape.
  const bytes = compact.length + 5 * (compact.match(/[^\u0000-\u007f]/g)?.length ?? 0);
  let separators = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      separators += Math.max(0, node.length - 1);
      for (const item of node) stack.push(item);
    } else if (typeof node === 'object' && node !== null) {
      const values = Object.values(node);
      separators += values.length + Math.max(0, values.length - 1);
      for (const item of values) stack.push(item);
    }
  }
  return bytes + separators;
}

/**
 * Microsoft rejects a custom connector whose swagger is 1 MB or more. paconn posts the definition
 * re-serialised (json.dumps of what it parsed), so the limit applies to that size, not to
 * the indented file on disk.
 */
const rule = defineRule({
  id: 'swagger-size-limit',
  description: 'The swagger, re-serialised as paconn posts it, is smaller than 1 MB.',
  docs: ruleDocs('swagger-size-limit'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    // Re-serialising at most triples a file (a two-byte UTF-8 character becomes a six-byte escape; a
    // one-byte ',' or ':' gains a space), so only files over a third of the limit pay for serialising.
    if (ctx.swagger === undefined || Buffer.byteLength(ctx.text, 'utf8') * 3 < MAX_SWAGGER_BYTES) return [];
    const bytes = postedSize(ctx.swagger);
    if (bytes < MAX_SWAGGER_BYTES) return [];
    return [{ pointer: '', message: messages.tooLarge(bytes) }];
  },
});
export default rule;
