/**
 * What the real-time write routes share: which entities take writes, `validUntil`, and turning
 * the store's item errors into `ODataError`s.
 */
import { ApiError } from '../../store/errors.js';
import type { EntityTable } from '../../store/table.js';
import { badRequest, notFound, RestError } from '../errors.js';
import type { FakeInstance } from '../state.js';
import { findTable } from './entity-metadata.js';
import type { RouteContext } from './route.js';

/** Real-time updates may be kept at most this long (the API refuses a later `validUntil`). */
export const maxValidityMs = 30 * 86_400_000;

export type WriteKind = 'create' | 'update';

/**
 * Real-time ingestion writes the unified entities: profiles (update only: a profile comes from
 * unification, never from a write) and activities. Source tables and system entities refuse.
 */
export function writableTable(instance: FakeInstance, name: string, kind: WriteKind): EntityTable {
  const table = findTable(instance, name);
  if (!table) {
    const message = `Entity '${name}' was not found in instance '${instance.store.id}'.`;
    // Create-an-entity lists no 404 in the code model: an unknown entity is a bad request there.
    throw kind === 'create' ? badRequest('EntityNotFound', message, name) : notFound('EntityNotFound', message, name);
  }
  const { entityType, dataSource, itemAccess } = table.definition;
  if (dataSource || itemAccess !== 'read-write' || (entityType !== 'profile' && entityType !== 'unifiedActivity')) {
    throw badRequest('EntityNotWritable', `Entity '${table.name}' does not accept real-time writes.`, name);
  }
  if (kind === 'create' && entityType === 'profile') {
    throw badRequest('ProfileCreationNotSupported', `Profiles of '${table.name}' can be updated but not created in real time.`, name);
  }
  return table;
}

/** Checks `validUntil` (ISO 8601, in the future, at most 30 days ahead) when present. */
export function checkValidUntil(context: RouteContext): void {
  const raw = context.query.get('validUntil');
  if (raw === null || raw === '') return;
  const until = Date.parse(raw);
  const now = context.state.clock.now();
  if (Number.isNaN(until)) throw badRequest('InvalidValidUntil', `validUntil must be an ISO 8601 date-time, got '${raw}'.`, 'validUntil');
  if (until <= now || until - now > maxValidityMs) {
    throw badRequest('InvalidValidUntil', 'validUntil must be in the future and at most 30 days ahead.', 'validUntil');
  }
}

export function bodyObject(context: RouteContext): Record<string, unknown> {
  const body = context.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('InvalidBody', 'The request body must be a JSON object.', 'body');
  }
  return body as Record<string, unknown>;
}

/** Runs a store write, answering its validation errors in the data routes' error model. */
export function storeWrite<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof ApiError) throw new RestError(error.status, error.code, error.message, { target: 'body' });
    throw error;
  }
}
