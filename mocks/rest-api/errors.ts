/**
 * The error bodies of the Customer Insights API as its code model describes them: `ODataError`
 * on the `/data` routes, `ApiErrorResult` on the management routes, and the API gateway's own
 * `{ statusCode, message }` for missing keys, bad tokens and rate limits (answered before any
 * route runs, so the code model does not describe them).
 */

/** Which error model a route answers with. */
export type ErrorModel = 'ODataError' | 'ApiErrorResult';

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly options: { target?: string; headers?: Record<string, string>; culprit?: 'user' | 'system' | 'external' } = {},
  ) {
    super(message);
    this.name = 'RestError';
  }

  body(model: ErrorModel): Record<string, unknown> {
    if (model === 'ODataError') {
      const body: Record<string, unknown> = { errorCode: this.errorCode, message: this.message, details: [] };
      if (this.options.target !== undefined) body['target'] = this.options.target;
      return body;
    }
    return {
      httpStatusCode: String(this.status),
      exceptionCulprit: this.options.culprit ?? (this.status >= 500 ? 'system' : 'user'),
      errorCode: this.errorCode,
      resultSeverity: 'error',
      message: this.message,
      params: this.options.target === undefined ? {} : { target: this.options.target },
      ciResults: [],
    };
  }
}

/** The API gateway's body for refusals that happen before routing (401 key/token, 429). */
export function gatewayBody(status: number, message: string): { statusCode: number; message: string } {
  return { statusCode: status, message };
}

export const notFound = (code: string, message: string, target?: string): RestError =>
  new RestError(404, code, message, target === undefined ? {} : { target });
export const badRequest = (code: string, message: string, target?: string): RestError =>
  new RestError(400, code, message, target === undefined ? {} : { target });
