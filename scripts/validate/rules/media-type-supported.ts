import { asArray, pointer } from '../context.js';
import type { PointerSegments } from '../../core/json-pointer.js';
import { checkAll, checkEach, everyOperation, theDocument } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

export const MEDIA_TYPES = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/octet-stream', 'text/html', 'text/csv', 'application/xml', 'text/xml'];

const messages = {
  unsupported: (mediaType: unknown) => `Media type ${JSON.stringify(mediaType)} is not one Power Platform handles well; prefer application/json.`,
};

function mediaTypeFindings(list: unknown, at: PointerSegments): Finding[] {
  return asArray(list).flatMap((type, i) => {
    const base = typeof type === 'string' ? type.split(';')[0]!.trim().toLowerCase() : '';
    return MEDIA_TYPES.includes(base) ? [] : [{ pointer: pointer(at, i), message: messages.unsupported(type) }];
  });
}

/** Certification lists the media types connectors use; others are not rendered by the designer. */
const rule = defineRule({
  id: 'media-type-supported',
  description: 'consumes and produces list media types Power Platform handles (application/json, text/plain, forms, ...).',
  docs: ruleDocs('media-type-supported'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'info', certification: 'warning' },
  check: checkAll(
    checkEach(theDocument, (_swagger, ctx) => ['consumes', 'produces'].flatMap((key) => mediaTypeFindings(ctx.swagger?.[key], [key]))),
    checkEach(everyOperation, (entry) => ['consumes', 'produces'].flatMap((key) => mediaTypeFindings(entry.operation[key], [...entry.at, key]))),
  ),
});
export default rule;
