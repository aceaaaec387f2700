import { describe, expect, it } from 'vitest';
import { ApiError } from '../store/errors.js';
import { booleanParam, callbackUrlField, parseNumberParam } from './subscription-request.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? { status: error.status, code: error.code, message: error.message } : error;
  }
  return undefined;
};

describe('callbackUrlField', () => {
  it("reads callbackUrl off a JSON object as it came, and nothing off anything else", () => {
    expect(callbackUrlField({ callbackUrl: 'https://hooks.example/x' })).toBe('https://hooks.example/x');
    expect(callbackUrlField({ callbackUrl: 42 })).toBe(42);
    expect(callbackUrlField({ other: 1 })).toBeUndefined();
    for (const body of [null, 'https://hooks.example/x', ['https://hooks.example/x'], 7, undefined]) expect(callbackUrlField(body)).toBeUndefined();
  });
});

describe('parseNumberParam', () => {
  it('reads numbers, and integers where asked', () => {
    expect(parseNumberParam('threshold', '1500.5', false)).toBe(1500.5);
    expect(parseNumberParam('threshold', '-3', true)).toBe(-3);
    expect(parseNumberParam('threshold', '1e3', true)).toBe(1000);
  });

  it('refuses what is not a number, or not an integer where one is asked, naming the parameter and the value', () => {
    expect(refusal(() => parseNumberParam('threshold', 'many', false))).toEqual({ status: 400, code: 'InvalidParameter', message: "The query parameter 'threshold' must be a number, got 'many'" });
    expect(refusal(() => parseNumberParam('threshold', '1.5', true))).toEqual({ status: 400, code: 'InvalidParameter', message: "The query parameter 'threshold' must be an integer, got '1.5'" });
    expect(refusal(() => parseNumberParam('threshold', '9007199254740993', true))).toMatchObject({ code: 'InvalidParameter' });
    expect(refusal(() => parseNumberParam('threshold', 'Infinity', false))).toMatchObject({ code: 'InvalidParameter' });
  });
});

describe('booleanParam', () => {
  it('reads true and false in any case, absent or empty as undefined, and refuses anything else', () => {
    const query = new URLSearchParams('a=TRUE&b=false&c=&d=maybe');
    expect([booleanParam(query, 'a'), booleanParam(query, 'b'), booleanParam(query, 'c'), booleanParam(query, 'missing')]).toEqual([true, false, undefined, undefined]);
    expect(refusal(() => booleanParam(query, 'd'))).toEqual({ status: 400, code: 'InvalidParameter', message: "The query parameter 'd' must be true or false, got 'maybe'" });
  });
});
