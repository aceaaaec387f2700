import { asArray, pointer } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

export const MEDIA_TYPES = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/octet-stream', 'text/html', 'text/csv', 'application/xml', 'text/xml'];

/** Certification lists the media types connectors use; others are not rendered by the designer. */
const rule = defineRule({
  id: 'media-type-supported',
  description: 'consumes and produces list media types Power Platform handles (application/json, text/plain, forms, ...).',
  docs: ruleDocs('media-type-supported'),
  appliesTo: 'swagger',
  severity: { custom: 'info', certification: 'warning' },
  check(ctx) {
    const out: Finding[] = [];
    const inspect = (list: unknown, at: PointerSegments) =>
      asArray(list).forEach((type, i) => {
        const base = typeof type === 'string' ? type.split(';')[0]!.trim().toLowerCase() : '';
        if (!MEDIA_TYPES.includes(base)) out.push({ pointer: pointer(at, i), message: `Media type ${JSON.stringify(type)} is not one Power Platform handles well; prefer application/json.` });
      });
    for (const key of ['consumes', 'produces']) {
      inspect(ctx.swagger?.[key], [key]);
      for (const entry of ctx.operations) inspect(entry.operation[key], [...entry.at, key]);
    }
    return out;
  },
});
export default rule;
