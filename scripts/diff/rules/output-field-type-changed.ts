import { typeChanged } from './type-changed.js';

/** Fields of the 2xx response body; a webhook trigger's payload is notification-payload-changed. */
export const outputFieldTypeChanged = typeChanged('output');
