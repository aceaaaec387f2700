/** The connector's OData query options as the REST API takes them. */
import { ApiError } from '../../mocks/index.js';

/** `$top`, `$skip`, `offsetStart`…: absent → undefined; otherwise a non-negative integer, or 400. */
export function countOption(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(Number(raw))) {
    throw new ApiError(400, 'InvalidParameter', `The query parameter '${name}' must be a non-negative integer, got '${raw.slice(0, 50)}'`);
  }
  return Number(raw);
}

/** `$filter` / `$select`, passed through as given (the REST API parses and limits them). */
export function textOption(query: URLSearchParams, name: '$filter' | '$select'): string | undefined {
  const raw = query.get(name);
  return raw === null || raw.trim() === '' ? undefined : raw;
}
