/**
 * The error code an HTTP status goes by when an answer carries none of its own: the status's reason
 * phrase without spaces (`404` → `NotFound`). Callers that turn a bare status into a coded error
 * (the typed client for its callers, a gateway for upstream answers) read the same table and choose
 * their own code for a status it does not name.
 */
const CODES: ReadonlyMap<number, string> = new Map([
  [400, 'BadRequest'],
  [401, 'Unauthorized'],
  [403, 'Forbidden'],
  [404, 'NotFound'],
  [409, 'Conflict'],
  [429, 'TooManyRequests'],
  [500, 'InternalServerError'],
  [502, 'BadGateway'],
  [503, 'ServiceUnavailable'],
  [504, 'GatewayTimeout'],
]);

/** The code of `status`, or `undefined` for a status the table does not name. */
export function errorCodeForStatus(status: number): string | undefined {
  return CODES.get(status);
}
