import { asObject, pointer } from '../context.js';
import { checkAll, checkEach, everyOperation, everyOperationFamily } from '../selectors.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';

const messages = {
  replacementNotDeprecated: () => 'replacement is only for deprecated operations; add "deprecated": true.',
  replacementIncomplete: (name: string, key: string) => `replacement must name both 'api' and 'operationId' of the operation that replaces ${name}; '${key}' is missing.`,
  productionInPreview: () => 'An operation cannot be Production while the connector is Preview.',
  revisionSuffix: (operationId: string, revision: number) => `${operationId} is revision ${revision} of its family, so its operationId should end with 'V${revision}' (for example ${operationId}V${revision}).`,
  revisionReused: (revision: string, family: string, previous: string) => `Revision ${revision} of family '${family}' is also used by ${previous}.`,
  tooManyActive: (family: string) => `Family '${family}' has more than two active (not deprecated) operations.`,
  tooManyProduction: (family: string) => `Family '${family}' has more than one active Production operation; deprecate the older revision.`,
  noRevision: (name: string, family: string) => `${name} belongs to family '${family}' with other operations but gives no revision; add "revision": <n>.`,
};

/**
 * Microsoft's versioning rules: at most two active operations per family with distinct revisions,
 * `replacement` only on deprecated operations, and no Production operation in a Preview connector.
 */
const rule = defineRule({
  id: 'api-annotation-versioning',
  description: 'x-ms-api-annotation: families have revisions, at most two active (one Production) operations; replacements name api and operationId, only on deprecated operations.',
  docs: ruleDocs('api-annotation-versioning'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'warning', certification: 'error' },
  check: checkAll(
    checkEach(everyOperation, (entry, ctx) => {
      const annotation = asObject(entry.operation['x-ms-api-annotation']);
      if (!annotation) return undefined;
      const out: Finding[] = [];
      const at = [...entry.at, 'x-ms-api-annotation'];
      const name = entry.operationId ?? entry.path;
      const connectorStatus = asObject(asObject(ctx.swagger?.info)?.['x-ms-api-annotation'])?.status;
      if (annotation.replacement !== undefined && entry.operation.deprecated !== true) out.push({ pointer: pointer(at, 'replacement'), message: messages.replacementNotDeprecated() });
      const replacement = asObject(annotation.replacement);
      if (replacement) {
        for (const key of ['api', 'operationId']) {
          if (typeof replacement[key] !== 'string' || replacement[key] === '') out.push({ pointer: pointer(at, 'replacement'), message: messages.replacementIncomplete(name, key) });
        }
      }
      if (connectorStatus === 'Preview' && annotation.status === 'Production') out.push({ pointer: pointer(at, 'status'), message: messages.productionInPreview() });
      const revision = annotation.revision;
      if (typeof revision === 'number' && revision >= 2 && entry.operationId !== undefined && !entry.operationId.toLowerCase().endsWith(`v${revision}`)) {
        out.push({ pointer: pointer(entry.at, 'operationId'), message: messages.revisionSuffix(entry.operationId, revision) });
      }
      return out;
    }),
    checkEach(everyOperationFamily, ({ family: familyName, members }) => {
      const out: Finding[] = [];
      const revisions = new Map<unknown, string>();
      let active = 0;
      let production = 0;
      for (const entry of members) {
        const annotation = asObject(entry.operation['x-ms-api-annotation'])!;
        const at = [...entry.at, 'x-ms-api-annotation'];
        const name = entry.operationId ?? entry.path;
        const revision = annotation.revision;
        const previous = revisions.get(revision);
        if (revision !== undefined && previous) out.push({ pointer: pointer(at, 'revision'), message: messages.revisionReused(String(revision), familyName, previous) });
        revisions.set(revision, name);
        if (entry.operation.deprecated !== true && ++active > 2) out.push({ pointer: pointer(at), message: messages.tooManyActive(familyName) });
        if (entry.operation.deprecated !== true && annotation.status === 'Production' && ++production > 1) out.push({ pointer: pointer(at, 'status'), message: messages.tooManyProduction(familyName) });
      }
      if (members.length < 2) return out;
      for (const entry of members) {
        if (asObject(entry.operation['x-ms-api-annotation'])!.revision === undefined) {
          out.push({ pointer: pointer(entry.at, 'x-ms-api-annotation'), message: messages.noRevision(entry.operationId ?? entry.path, familyName) });
        }
      }
      return out;
    }),
  ),
});
export default rule;
