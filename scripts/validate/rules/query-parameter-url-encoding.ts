import { urlEncoding } from '../factories/url-encoding.js';

/** Microsoft's validator rejects x-ms-url-encoding on query parameters; the platform always encodes them once. */
export default urlEncoding('query');
