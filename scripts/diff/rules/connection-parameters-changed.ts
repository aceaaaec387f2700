import type { PointerSegments } from '../../core/json-pointer.js';
import { firstDifference, isObject, objectAt, show, type JsonObject } from '../json.js';
import type { Finding, RuleCheck } from '../types.js';
import { setMember } from '../../core/json.js';

/** uiDefinition keys that only change what the maker reads when creating a connection. */
const DISPLAY_ONLY = ['displayName', 'description', 'tooltip', 'tabIndex'];

/**
 * apiProperties `connectionParameters` (and `connectionParameterSets`): existing connections were
 * created against the old parameters, so any change beyond display text makes them unusable or
 * forces every user to re-create them. A new parameter explicitly marked optional is the exception.
 */
export const connectionParametersChanged: RuleCheck = (oldView, newView) => {
  if (!oldView.apiProperties || !newView.apiProperties) return [];
  const findings: Finding[] = [];
  const base = ['properties', 'connectionParameters'];
  const before = objectAt(objectAt(oldView.apiProperties, 'properties'), 'connectionParameters') ?? {};
  const after = objectAt(objectAt(newView.apiProperties, 'properties'), 'connectionParameters') ?? {};
  const report = (message: string, side: 'old' | 'new', pointer: PointerSegments) =>
    findings.push({ message, side, pointer, operationId: null, document: 'apiProperties' });

  for (const name of Object.keys(before)) {
    if (!(name in after)) {
      report(`The connection parameter '${name}' has been removed. Existing connections must be re-created.`, 'old', [...base, name]);
      continue;
    }
    const difference = firstDifference(behaviour(before[name]), behaviour(after[name]));
    if (!difference) continue;
    const where = difference.at.length ? ` at ${difference.at.join('/')}` : '';
    report(
      `The connection parameter '${name}' has been changed${where} (${value(difference.before)} → ${value(difference.after)}). ` +
        'Existing connections were created with the old definition.',
      difference.after === undefined ? 'old' : 'new',
      [...base, name, ...difference.at],
    );
  }
  for (const name of Object.keys(after)) {
    if (name in before || isOptional(after[name])) continue;
    report(`The required connection parameter '${name}' has been added. Existing connections have no value for it.`, 'new', [...base, name]);
  }

  const sets = firstDifference(
    behaviour(objectAt(oldView.apiProperties, 'properties')?.['connectionParameterSets']),
    behaviour(objectAt(newView.apiProperties, 'properties')?.['connectionParameterSets']),
  );
  if (sets) {
    report(
      'The connection parameter sets have been changed. Existing connections were created with the old definition.',
      sets.after === undefined ? 'old' : 'new',
      ['properties', 'connectionParameterSets', ...sets.at],
    );
  }
  return findings;
};

function value(v: unknown): string {
  return v === undefined ? 'absent' : show(v);
}

function isOptional(parameter: unknown): boolean {
  const required = objectAt(objectAt(parameter, 'uiDefinition'), 'constraints')?.['required'];
  return required === 'false' || required === false;
}

/** The parameter without its display-only text, recursively (parameter sets nest uiDefinitions). */
function behaviour(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(behaviour);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    setMember(out, key, key === 'uiDefinition' && isObject(child) ? withoutDisplayText(child) : behaviour(child));
  }
  return out;
}

function withoutDisplayText(ui: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(ui)) {
    if (DISPLAY_ONLY.includes(key)) continue;
    setMember(out, key, key === 'constraints' && isObject(child) ? withoutDisplayText(child) : behaviour(child));
  }
  return out;
}
