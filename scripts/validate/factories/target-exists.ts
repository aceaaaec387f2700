import { asObject, pointer } from '../context.js';
import { dynamicUses, type DynamicKey } from '../dynamic.js';
import { defineRule, ruleDocs } from '../types.js';

/** The dynamic extensions that call another operation by operationId, grouped as the rules report them. */
const GROUPS = {
  values: {
    id: 'dynamic-values-target-exists',
    keys: ['x-ms-dynamic-values', 'x-ms-dynamic-list'],
    description: 'x-ms-dynamic-values and x-ms-dynamic-list call an operationId that exists.',
  },
  schema: {
    id: 'dynamic-schema-target-exists',
    keys: ['x-ms-dynamic-schema', 'x-ms-dynamic-properties'],
    description: 'x-ms-dynamic-schema and x-ms-dynamic-properties call an operationId that exists.',
  },
} as const satisfies Record<string, { id: string; keys: readonly DynamicKey[]; description: string }>;

const messages = {
  missingTarget: (key: DynamicKey, operationId: string) => `${key} calls '${operationId}', which is not an operationId in this swagger.`,
};

/** Each extension of the group names, in its `operationId`, an operation of this swagger. */
export function targetExists<G extends keyof typeof GROUPS>(group: G) {
  const { id, keys, description } = GROUPS[group];
  return defineRule({
    id: id as (typeof GROUPS)[G]['id'],
    description,
    docs: ruleDocs(id),
    appliesTo: 'swagger',
    severity: { custom: 'error', certification: 'error' },
    messages,
    check(ctx) {
      return dynamicUses(ctx).flatMap((use) =>
        keys.flatMap((key) => {
          const operationId = asObject(use.holder[key])?.operationId;
          return typeof operationId === 'string' && !ctx.operationsById.has(operationId)
            ? [{ pointer: pointer(use.at, key, 'operationId'), message: messages.missingTarget(key, operationId) }]
            : [];
        }),
      );
    },
  });
}
