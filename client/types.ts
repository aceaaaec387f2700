/**
 * The types the client is built on: the generated `paths`, with the OData error body every
 * operation can answer with added as its `default` response. The definition (like the specification in test/seed/)
 * declares only success responses, so without this openapi-fetch would type `error` as `never`.
 */
import type { operations, paths } from '../generated/types.js';
import type { ODataError } from './odata-error.js';

/** The response every operation may give besides its declared ones. */
export interface ODataErrorResponse {
  headers: { [name: string]: unknown };
  content: { 'application/json': ODataError };
}

type WithDefaultError<Operation> = Operation extends { responses: infer Responses }
  ? Omit<Operation, 'responses'> & { responses: Responses & { default: ODataErrorResponse } }
  : Operation;

export type ClientPaths = {
  [Path in keyof paths]: { [Method in keyof paths[Path]]: WithDefaultError<paths[Path][Method]> };
};

/**
 * One item of an entity whose row type is not known: its shape is dynamic (x-ms-dynamic-schema), so
 * only its keys are. `insights-connector types` writes the row types of a dataset's entities.
 */
export type Item = operations['GetItems']['responses'][200]['content']['application/json']['value'][number];

/**
 * Entity name → row type, e.g. `{ Customer: Customer; UnifiedActivity: UnifiedActivity }`: the
 * `Tables` interface `insights-connector types` writes. `createClient<Tables>()` then types the
 * item helpers by the `table` they are given.
 */
export type TableMap = object;

/** The row type of `table` in `Tables`, or an open `Item` for an entity it does not name. */
export type RowOf<Tables extends TableMap, Table extends string> = Table extends keyof Tables ? Tables[Table] : Item;
