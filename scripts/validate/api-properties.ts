/** Walks apiProperties: connection parameters (plain and per parameter set) with their pointers. */
import type { PointerSegments } from '../core/json-pointer.js';
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

/** The value under `key`, matched without regard to case, as the platform reads apiProperties keys. */
export function getIgnoringCase(object: JsonObject | undefined, key: string): { key: string; value: unknown } | undefined {
  if (!object) return undefined;
  if (Object.prototype.hasOwnProperty.call(object, key)) return { key, value: object[key] };
  const lower = key.toLowerCase();
  const found = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : { key: found, value: object[found] };
}

/** A connection parameter's OAuth settings, however `oAuthSettings` is capitalised, with the key it was found under. */
export function oAuthSettingsOf(parameter: JsonObject): { key: string; settings: JsonObject } | undefined {
  const found = getIgnoringCase(parameter, 'oAuthSettings');
  const settings = asObject(found?.value);
  return found && settings ? { key: found.key, settings } : undefined;
}

/** Whether a connection parameter's type is `expected`, compared without regard to case (`oAuthSetting` is `oauthSetting`). */
export function isParameterType(parameter: JsonObject, expected: string): boolean {
  return typeof parameter.type === 'string' && parameter.type.toLowerCase() === expected.toLowerCase();
}
