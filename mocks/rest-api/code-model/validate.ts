/**
 * Checks an answer of the fake against the served API's description: the status must be one the
 * code model lists for the operation (or one of the few the fake answers beyond it, each for a
 * stated reason), and a body must match the schema the code model gives for that status, or,
 * for an error the code model leaves undescribed, the operation's error model.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ErrorModel } from '../errors.js';
import { servedApi } from '../schema.js';

/** Statuses the fake may answer although an operation's code model does not list them, and why. */
export const statusesBeyondCodeModel: Readonly<Record<number, string>> = {
  400: 'a query option or body the service cannot bind (the code model lists 400 only on some operations)',
  401: 'the API gateway refuses a missing or wrong subscription key or token before any operation runs',
  403: 'the identity has no access to the instance',
  405: 'a path of the API with a method it does not serve',
  413: 'a request body over the size limit',
  415: 'a request body that is not JSON',
  429: 'the API gateway throttles (and failNext injects it)',
  501: 'a query option the fake does not implement',
};

const documentId = 'served-api.json';
/** The API gateway's own refusal body (401 key/token, 429). */
const gatewayBody = { type: 'object', properties: { statusCode: { type: 'integer' }, message: { type: 'string' } }, required: ['statusCode', 'message'], additionalProperties: false };

export class ServedApiValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...servedApi, $id: documentId });
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = pointer === 'gateway' ? this.ajv.compile(gatewayBody) : this.ajv.compile({ $ref: `${documentId}#${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }

  /** Problems with one answer (empty when it matches the description). */
  check(operationId: string, errorModel: ErrorModel, status: number, body: unknown): string[] {
    const operation = servedApi.operations[operationId];
    if (!operation) return [`operation ${operationId} is not in served-api.json`];
    const described = operation.responses[String(status)];
    if (!described && statusesBeyondCodeModel[status] === undefined) {
      return [`${operationId} answered ${status}, which the code model does not list (${Object.keys(operation.responses).join(', ')})`];
    }
    // The code model gives 204 a `NoContentResult` body, but HTTP forbids a body on 204.
    if (status === 204) return body === undefined ? [] : [`${operationId} 204 carries a body`];
    let pointer: string;
    if (described?.schema) pointer = `/operations/${operationId}/responses/${status}/schema`;
    else if (status < 400) return body === undefined ? [] : [`${operationId} ${status}: the code model describes no body, the fake sent one`];
    else if (status === 401 || status === 429) pointer = 'gateway';
    else pointer = `/definitions/${errorModel}`;
    const validate = this.validator(pointer);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${operationId} ${status} at ${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  }
}
