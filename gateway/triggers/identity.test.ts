import { expect, test } from 'vitest';
import { ApiError, makeTestToken } from '../../mocks/index.js';
import { bearerTokenOf, ownerOf } from './identity.js';

test('the owner is the token’s tid and oid, lower case', () => {
  expect(ownerOf(makeTestToken({ tid: 'AAAA-Tenant', oid: 'BBBB-Object' }))).toEqual({ tid: 'aaaa-tenant', oid: 'bbbb-object' });
});

test('tokens without both claims, or not JWTs, are a 401', () => {
  const noOid = `${Buffer.from('{}').toString('base64url')}.${Buffer.from(JSON.stringify({ tid: 't' })).toString('base64url')}.`;
  for (const token of ['opaque', 'a.b.c', noOid, `x.${Buffer.from(JSON.stringify({ tid: 't', oid: 'o'.repeat(200) })).toString('base64url')}.y`]) {
    expect(() => ownerOf(token)).toThrow(ApiError);
    try {
      ownerOf(token);
    } catch (error) {
      expect((error as ApiError).status).toBe(401);
    }
  }
});

test('the bearer token of a request', () => {
  expect(bearerTokenOf(new Request('http://g/x', { headers: { authorization: 'Bearer abc.def' } }))).toBe('abc.def');
  expect(() => bearerTokenOf(new Request('http://g/x', { headers: { authorization: 'Basic abc' } }))).toThrow(/Authorization/);
  expect(() => bearerTokenOf(new Request('http://g/x'))).toThrow(ApiError);
});
