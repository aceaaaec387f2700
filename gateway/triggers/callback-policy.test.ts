import { expect, test } from 'vitest';
import { defaultCallbackHosts } from '../config.js';
import { checkedCallbackUrl, describeCallback } from './callback-policy.js';

const production = { callbackHosts: defaultCallbackHosts, allowLocalCallbacks: false };
const local = { callbackHosts: defaultCallbackHosts, allowLocalCallbacks: true };
const logicApps = 'https://prod-27.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers&sv=1.0&sig=SECRET';

test('Logic Apps and Power Automate callback hosts are allowed over https', () => {
  expect(checkedCallbackUrl(logicApps, production)).toBe(logicApps);
  expect(checkedCallbackUrl('https://prod-11.centralus.logic.azure.com/workflows/x?sig=1', production)).toBeDefined();
});

test('other hosts, http, local targets and credentials in the URL are refused, without echoing the URL', () => {
  const refused = ['https://evil.example.com/hook?sig=SECRET', logicApps.replace('https:', 'http:'), 'https://127.0.0.1/hook?sig=SECRET', 'https://user:pw@prod-1.westus.logic.azure.com/x', 'https://logic.azure.com.evil.com/x?sig=SECRET', 'not a url', 42];
  for (const value of refused) {
    expect(() => checkedCallbackUrl(value, production)).toThrow();
    try {
      checkedCallbackUrl(value, production);
    } catch (error) {
      expect((error as Error).message).not.toContain('SECRET');
      expect((error as { status: number }).status).toBe(400);
    }
  }
  expect(() => checkedCallbackUrl(`https://prod-1.westus.logic.azure.com/${'x'.repeat(5000)}`, production)).toThrow(/longer/);
});

test('allowLocalCallbacks lets http and loopback through, nothing else', () => {
  expect(checkedCallbackUrl('http://127.0.0.1:9000/hook', local)).toBe('http://127.0.0.1:9000/hook');
  expect(checkedCallbackUrl('http://localhost:9000/hook', local)).toBe('http://localhost:9000/hook');
  expect(() => checkedCallbackUrl('http://evil.example.com/hook', local)).toThrow(/allow-list/);
});

test('what a log line may say about a callback: scheme, host and a hash', () => {
  const described = describeCallback(logicApps);
  expect(described).toEqual({ target: 'https://prod-27.westeurope.logic.azure.com', targetHash: expect.stringMatching(/^[0-9a-f]{12}$/) });
  expect(describeCallback(logicApps.replace('SECRET', 'OTHER')).targetHash).not.toBe(described.targetHash);
});
