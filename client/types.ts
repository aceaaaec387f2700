/**
 * The types the client is built on: the generated `paths`, with the OData error body every
 * operation can answer with added as its `default` response. The definition (like the seed)
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

/** One item of an entity: its shape is dynamic (x-ms-dynamic-schema), so only its keys are known. */
export type Item = operations['GetItems']['responses'][200]['content']['application/json']['value'][number];
