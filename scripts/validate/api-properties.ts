/** Walks apiProperties: connection parameters (plain and per parameter set) with their pointers. */
import type { PointerSegments } from '../shared/json-pointer.js';
import { asArray, asObject, type JsonObject } from './context.js';

export interface ConnectionParameterEntry {
  name: string;
  parameter: JsonObject;
  at: PointerSegments;
}

export function connectionParameters(apiProperties: JsonObject | undefined): ConnectionParameterEntry[] {
  const properties = asObject(apiProperties?.properties);
  const out: ConnectionParameterEntry[] = [];
  const add = (map: unknown, at: PointerSegments) => {
    for (const [name, raw] of Object.entries(asObject(map) ?? {})) {
      const parameter = asObject(raw);
      if (parameter) out.push({ name, parameter, at: [...at, name] });
    }
  };
  add(properties?.connectionParameters, ['properties', 'connectionParameters']);
  asArray(asObject(properties?.connectionParameterSets)?.values).forEach((set, i) => {
    add(asObject(set)?.parameters, ['properties', 'connectionParameterSets', 'values', i, 'parameters']);
  });
  return out;
}
