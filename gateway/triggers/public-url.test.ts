import { expect, test } from 'vitest';
import { publicBaseUrl } from './public-url.js';

const request = (headers: Record<string, string> = {}) => new Request('http://127.0.0.1:4320/datasets/x/subscriptions/y', { headers });

test('the configured public URL wins, without a trailing slash', () => {
  expect(publicBaseUrl(request({ 'x-forwarded-host': 'other.example.com' }), 'https://gw.contoso.com/ci/')).toBe('https://gw.contoso.com/ci');
});

test('forwarded proto and host, first value each', () => {
  expect(publicBaseUrl(request({ 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'gw.contoso.com, proxy.internal' }), undefined)).toBe('https://gw.contoso.com');
  expect(publicBaseUrl(request({ 'x-forwarded-host': 'gw.contoso.com:8443' }), undefined)).toBe('http://gw.contoso.com:8443');
});

test('the request origin otherwise, and when the forwarded values are not a scheme and a host', () => {
  expect(publicBaseUrl(request(), undefined)).toBe('http://127.0.0.1:4320');
  expect(publicBaseUrl(request({ 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'evil.com/path?x' }), undefined)).toBe('http://127.0.0.1:4320');
});
