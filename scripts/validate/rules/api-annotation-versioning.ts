import { asObject, pointer } from '../context.js';
import { ruleDocs, type Finding, type Rule } from '../types.js';

/**
 * Microsoft's versioning rules: at most two active operations per family with distinct revisions,
 * `replacement` only on deprecated operations, and no Production operation in a Preview connector.
 */
const rule: Rule = {
  id: 'api-annotation-versioning',
  description: 'x-ms-api-annotation families have at most two active revisions, replacements only on deprecated operations.',
  docs: ruleDocs('api-annotation-versioning'),
  appliesTo: 'swagger',
  severity: { custom: 'warning', certification: 'error' },
  check(ctx) {
    const out: Finding[] = [];
    const families = new Map<string, { revisions: Map<unknown, string>; active: number }>();
    const connectorStatus = asObject(asObject(ctx.swagger?.info)?.['x-ms-api-annotation'])?.status;
    for (const entry of ctx.operations) {
      const annotation = asObject(entry.operation['x-ms-api-annotation']);
      if (!annotation) continue;
      const at = [...entry.at, 'x-ms-api-annotation'];
      if (annotation.replacement !== undefined && entry.operation.deprecated !== true) out.push({ pointer: pointer(at, 'replacement'), message: 'replacement is only for deprecated operations; add "deprecated": true.' });
      if (connectorStatus === 'Preview' && annotation.status === 'Production') out.push({ pointer: pointer(at, 'status'), message: 'An operation cannot be Production while the connector is Preview.' });
      if (typeof annotation.family !== 'string') continue;
      const family = families.get(annotation.family) ?? { revisions: new Map<unknown, string>(), active: 0 };
      families.set(annotation.family, family);
      const previous = family.revisions.get(annotation.revision);
      if (annotation.revision !== undefined && previous) out.push({ pointer: pointer(at, 'revision'), message: `Revision ${String(annotation.revision)} of family '${annotation.family}' is also used by ${previous}.` });
      family.revisions.set(annotation.revision, entry.operationId ?? entry.path);
      if (entry.operation.deprecated !== true && ++family.active > 2) out.push({ pointer: pointer(at), message: `Family '${annotation.family}' has more than two active (not deprecated) operations.` });
    }
    return out;
  },
};
export default rule;
