import { typeChanged } from './type-changed.js';

/** Parameters and body properties of an operation kept under the same operationId. */
export const parameterTypeChanged = typeChanged('input');
