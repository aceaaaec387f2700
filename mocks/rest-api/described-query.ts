/**
 * The query options a route may read: exactly those the code model describes for its operation.
 * A route that reads any other option is a fake drifting from the API, and fails loudly (500)
 * in whatever test calls it. Names match case-insensitively, as ASP.NET binds query options.
 */
import { servedApi } from './schema.js';

export interface QueryOptions {
  get(name: string): string | null;
}

export class UndescribedQueryOptionError extends Error {
  override name = 'UndescribedQueryOptionError';
}

const described = new Map<string, Set<string>>();

export function describedQuery(operationId: string, params: URLSearchParams): QueryOptions {
  let names = described.get(operationId);
  if (!names) {
    const parameters = servedApi.operations[operationId]?.parameters ?? [];
    names = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name.toLowerCase()));
    described.set(operationId, names);
  }
  const allowed = names;
  return {
    get(name) {
      const wanted = name.toLowerCase();
      if (!allowed.has(wanted)) {
        throw new UndescribedQueryOptionError(`${operationId} reads query option '${name}', which the code model does not describe for it`);
      }
      for (const [key, value] of params) if (key.toLowerCase() === wanted) return value;
      return null;
    },
  };
}
