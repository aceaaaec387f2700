import { targetExists } from '../factories/target-exists.js';

/** A dynamic shape is fetched from its operationId; a missing one leaves the fields unknown. */
export default targetExists('schema');
