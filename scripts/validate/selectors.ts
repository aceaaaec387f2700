/**
 * What rules look at, declared instead of walked: each selector lists the items of one kind in the
 * swagger, each with its pointer, from the context's single walk (so forty rules do not each
 * re-walk a large document). A rule pairs a selector with a small pure function via `checkEach`.
 */
import { asObject, policyInstances, type OperationEntry, type ParameterEntry, type SchemaEntry, type ValidationContext } from './context.js';
import { dynamicUses, type DynamicUse } from './dynamic.js';
import type { Finding } from './types.js';
import { webhookCallbacks, type CallbackProperty } from './webhooks.js';

export type Selector<T> = (ctx: ValidationContext) => readonly T[];

/** Every operation under `paths`, in document order; `at` is the operation object. */
export const everyOperation: Selector<OperationEntry> = (ctx) => ctx.operations;

export interface SelectedParameter extends ParameterEntry {
  /** The operation the parameter is effective on. */
  operation: OperationEntry;
}

/**
 * Every effective parameter of every operation (path-item parameters merged in, `$ref`s followed);
 * a parameter shared by several operations is selected once per operation, with the same `definedAt`.
 */
export const everyParameter: Selector<SelectedParameter> = (ctx) =>
  ctx.operations.flatMap((operation) => ctx.parameters(operation).map((parameter) => ({ ...parameter, operation })));

/** Every schema object of the swagger, nested ones included, with the kind of tree it is in. */
export const everySchema: Selector<SchemaEntry> = (ctx) => ctx.schemas;

/**
 * Every object carrying a dynamic extension (x-ms-dynamic-values, -list, -schema, -properties): a
 * parameter or a schema, with the operation whose parameters its references name.
 */
export const everyDynamicUse: Selector<DynamicUse> = (ctx) => dynamicUses(ctx);

/** Every policy template instance of apiProperties, in order; `at` is the instance object. */
export const everyPolicyInstance: Selector<ReturnType<typeof policyInstances>[number]> = (ctx) => policyInstances(ctx.apiProperties);

export interface OperationFamily {
  /** The `family` of the operations' x-ms-api-annotation. */
  family: string;
  /** Its operations, in document order. */
  members: OperationEntry[];
}

/** Every family of x-ms-api-annotation, in the order of its first operation. */
export const everyOperationFamily: Selector<OperationFamily> = (ctx) => {
  const families = new Map<string, OperationEntry[]>();
  for (const entry of ctx.operations) {
    const family = asObject(entry.operation['x-ms-api-annotation'])?.family;
    if (typeof family !== 'string') continue;
    const members = families.get(family) ?? [];
    families.set(family, members);
    members.push(entry);
  }
  return [...families].map(([family, members]) => ({ family, members }));
};

/** Every webhook trigger with the callback property of its body, when it has one. */
export const everyWebhookCallback: Selector<{ entry: OperationEntry; found: CallbackProperty | undefined }> = (ctx) => [...webhookCallbacks(ctx)];

/** The callback property of every webhook trigger whose body has one. */
export const everyCallbackProperty: Selector<CallbackProperty> = (ctx) => [...webhookCallbacks(ctx)].flatMap(({ found }) => (found ? [found] : []));

/** The swagger as a single item, for checks of the whole document (how many operations it has). */
export const theDocument: Selector<ValidationContext> = (ctx) => [ctx];

/** Checks of several selectors as one rule's check: their findings in order, each check's deduplicated. */
export function checkAll(...checks: readonly ((ctx: ValidationContext) => Finding[])[]): (ctx: ValidationContext) => Finding[] {
  return (ctx) => checks.flatMap((check) => check(ctx));
}

/**
 * A rule's check as a selector and a function of one item. Findings with the same pointer and
 * message are reported once: a shared parameter written once is selected under every operation.
 */
export function checkEach<T>(
  given: Selector<T>,
  then: (item: T, ctx: ValidationContext) => Finding | readonly Finding[] | undefined,
): (ctx: ValidationContext) => Finding[] {
  return (ctx) => {
    const found = new Map<string, Finding>();
    for (const item of given(ctx)) {
      const result = then(item, ctx);
      if (result === undefined) continue;
      for (const finding of Array.isArray(result) ? (result as readonly Finding[]) : [result as Finding]) {
        found.set(`${finding.pointer}\u0000${finding.message}`, finding);
      }
    }
    return [...found.values()];
  };
}
