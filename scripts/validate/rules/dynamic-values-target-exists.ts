import { targetExists } from '../factories/target-exists.js';

/** A picker calls its lookup operation by operationId; a missing one leaves the dropdown empty or broken. */
export default targetExists('values');
