import { describe, expect, it } from 'vitest';
import { errorCodeForStatus } from './http-status-code.js';

describe('errorCodeForStatus', () => {
  it('names the client and server errors an API answers with their reason phrase', () => {
    expect([400, 401, 403, 404, 409, 429].map(errorCodeForStatus)).toEqual(['BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'TooManyRequests']);
    expect([500, 502, 503, 504].map(errorCodeForStatus)).toEqual(['InternalServerError', 'BadGateway', 'ServiceUnavailable', 'GatewayTimeout']);
  });

  it('leaves every other status to the caller', () => {
    for (const status of [200, 302, 405, 418, 422, 501, 599, Number.NaN]) expect(errorCodeForStatus(status)).toBeUndefined();
  });
});
