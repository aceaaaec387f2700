/** A small HTTP client for the fake's own tests: default token and key, JSON in and out. */
import type { FakeRestApi } from './server.js';
import { defaultTestIdentity } from './defaults.js';
import { makeTestToken } from './token.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Replaces the default headers of the same name; `undefined` removes one. */
  headers?: Record<string, string | undefined>;
}

export function restClient(api: FakeRestApi, token: string = makeTestToken(defaultTestIdentity)) {
  return async (path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string | undefined> = {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': 'test-subscription-key',
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    };
    const init: RequestInit = {
      method: options.method ?? 'GET',
      headers: Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined)),
    };
    if (options.body !== undefined) init.body = JSON.stringify(options.body);
    const response = await fetch(api.url + path, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
  };
}
