/**
 * Does an answer fit what the definition promises for it: a 2xx the operation declares, and a body
 * that its schema (declared, or resolved through x-ms-dynamic-schema) accepts.
 */
import type { BackendAnswer } from './backend.js';
import { declaredResponse, deref, isObject, successCodes, type Json, type ProbeOperation } from './operations.js';
import { excerpt, type SchemaChecker } from './schema-check.js';
import type { ProbeFailure } from './types.js';

export interface ResolvedSchema {
  schema: unknown;
  /** The pointer of the x-ms-dynamic-schema (or -properties) it was resolved through. */
  pointer: string;
}

/** Failures of a call that got no usable answer at all (network error, error status). */
export function callFailure(op: ProbeOperation, answer: BackendAnswer): ProbeFailure | undefined {
  if (answer.status === 0) return { pointer: op.pointer, message: `no answer: ${answer.error ?? 'the call failed'}`, request: answer.request };
  if (answer.status === 429) {
    return {
      pointer: op.pointer,
      message: 'throttled (429) although the probe paced itself to the connector\'s throttling limits: the backend counts more strictly than the connector documents',
      request: answer.request,
      answer: { status: 429, pointer: '', value: excerpt(answer.body) },
    };
  }
  if (answer.status < 200 || answer.status > 299) {
    return {
      pointer: `${op.pointer}/responses`,
      message: `answered ${answer.status}, not one of the 2xx answers the definition declares (${successCodes(op).join(', ') || 'none'})${
        answer.status === 401 || answer.status === 403 ? ': the backend refused the token (give the connection\'s with --token or --token-env)' : ''
      }`,
      request: answer.request,
      answer: { status: answer.status, pointer: '', value: excerpt(answer.body) },
    };
  }
  return undefined;
}

export function checkAnswer(document: Json, checker: SchemaChecker, op: ProbeOperation, answer: BackendAnswer, resolved?: ResolvedSchema): ProbeFailure[] {
  const failed = callFailure(op, answer);
  if (failed) return [failed];
  const declared = declaredResponse(document, op, answer.status);
  if (!declared) {
    return [
      {
        pointer: `${op.pointer}/responses`,
        message: `answered ${answer.status}, which the definition does not declare (it declares ${successCodes(op).join(', ') || 'no 2xx answer'})`,
        request: answer.request,
        answer: { status: answer.status },
      },
    ];
  }
  if (!('schema' in declared.response)) return [];
  const { value: schema, pointer } = deref(document, declared.response.schema, `${declared.pointer}/schema`);
  if (!isObject(schema)) return [];
  if (answer.body === undefined) {
    return [{ pointer, message: 'the answer has no body, but the definition declares a schema for it', request: answer.request, answer: { status: answer.status } }];
  }
  const site = resolved ? { schema: resolved.schema, pointer: resolved.pointer, resolved: true } : { schema, pointer };
  const { mismatches, more } = checker.validate(site, answer.body);
  const failures: ProbeFailure[] = mismatches.map((m) => ({
    pointer: m.pointer,
    ...(m.resolvedSchemaPath !== undefined ? { resolvedSchemaPath: m.resolvedSchemaPath } : {}),
    message: m.message,
    request: answer.request,
    answer: { status: answer.status, pointer: m.answerPointer, value: m.value },
  }));
  if (more > 0 && failures[0]) failures[failures.length - 1]!.message += ` (and ${more} more mismatch(es) in this answer)`;
  return failures;
}
