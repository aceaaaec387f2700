import { urlEncoding } from '../factories/url-encoding.js';

/** Without x-ms-url-encoding the platform's encoding of path values is ambiguous; Microsoft's validator asks for it. */
export default urlEncoding('path');
