import type { PointerSegments } from '../../core/json-pointer.js';
import { pointer, type ValidationContext } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

/** Segments under which a `$ref` key is data, not a reference (examples, property maps, extension values). */
function isData(at: PointerSegments): boolean {
  return at.some(
    (s, i) =>
      at[i - 1] !== 'properties' &&
      (s === 'example' || s === 'examples' || (typeof s === 'string' && s.startsWith('x-') && s !== 'x-ms-notification-content')),
  );
}

export function refNodes(ctx: ValidationContext): { ref: string; at: PointerSegments; keys: string[] }[] {
  const out: { ref: string; at: PointerSegments; keys: string[] }[] = [];
  for (const node of ctx.nodes) {
    if (Array.isArray(node.value) || typeof node.value.$ref !== 'string') continue;
    if (node.at[node.at.length - 1] === 'properties' || isData(node.at)) continue;
    out.push({ ref: node.value.$ref, at: node.at, keys: Object.keys(node.value) });
  }
  return out;
}

const messages = {
  insideDocument: (ref: string) => `'${ref}' points inside the document; refer to a named entry of definitions, parameters or responses instead.`,
};

const ALLOWED = /^#\/(definitions|parameters|responses)\/[^/]+$/;

/** Microsoft's validator accepts references only to entries of definitions, parameters and responses. */
const rule = defineRule({
  id: 'ref-location',
  description: 'Local $refs point at an entry of #/definitions, #/parameters or #/responses.',
  docs: ruleDocs('ref-location'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    for (const { ref, at } of refNodes(ctx)) {
      // A $ref on a path item is path-item-ref's finding (an error), not a second one here.
      if (at.length === 2 && at[0] === 'paths') continue;
      if (ref.startsWith('#') && !ALLOWED.test(ref)) {
        out.push({ pointer: pointer(at, '$ref'), message: messages.insideDocument(ref) });
      }
    }
    return out;
  },
});
export default rule;
