/** Checks on what comes back out of a store: a row written by another version must not pass as valid. */
import { triggerKinds, type TriggerKind } from '../../mocks/index.js';

export function triggerKindOf(value: string): TriggerKind {
  if ((triggerKinds as readonly string[]).includes(value)) return value as TriggerKind;
  throw new Error(`The subscription store holds an unknown trigger kind '${value}'`);
}
