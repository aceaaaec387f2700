/**
 * Test harness of the mappings: the fake REST API (mocks/rest-api) over real HTTP, the mapping
 * handlers in-process (msw's `getResponse`, no gateway socket), and the definition's contract check
 * of every answer, dynamic item schemas included (as GetEntitySchema answers them).
 */
import { getResponse } from 'msw';
import { defaultSubscriptionKey, defaultTestIdentity, makeTestToken, startFakeRestApi, type FakeRestApi, type FakeRestApiOptions } from '../../mocks/index.js';
import { contractValidator } from '../../mocks/testing/index.js';
import { defaultRoutes } from '../config.js';
import { silentLogger } from '../log.js';
import { CORRELATION_HEADER, defaultGetItemsLimits, type GetItemsLimits, type MappingContext } from '../mappings/context.js';
import { createMappingHandlers } from '../mappings/index.js';
import { createUpstreamClient } from '../upstream/client.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface MappingHarness {
  fake: FakeRestApi;
  /** A token of the identity the sample data grants every instance. */
  token: string;
  ctx: MappingContext;
  /** One call of the connector's contract, answered by the mappings. */
  call(method: string, path: string, init?: { body?: unknown; token?: string | null; headers?: Record<string, string> }): Promise<Answer>;
  /** Contract problems of an answer (an empty list: it honours the definition). */
  violations(method: string, path: string, answer: Answer): Promise<string[]>;
  close(): Promise<void>;
}

export const GATEWAY_ORIGIN = 'http://gateway.test';

export async function startHarness(
  options: { fake?: FakeRestApiOptions; limits?: Partial<GetItemsLimits>; partitionHosts?: string[]; fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> } = {},
): Promise<MappingHarness> {
  const fake = await startFakeRestApi(options.fake);
  const upstream = createUpstreamClient({
    apiUrl: fake.url,
    subscriptionKeyFor: () => options.fake?.subscriptionKey ?? defaultSubscriptionKey,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const ctx: MappingContext = {
    upstream,
    routes: { ...defaultRoutes },
    limits: { ...defaultGetItemsLimits, ...options.limits },
    partitionHosts: options.partitionHosts ?? [],
    log: silentLogger,
    metadataCache: new Map(),
    now: Date.now,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const handlers = createMappingHandlers(ctx);
  const token = makeTestToken(defaultTestIdentity);

  const call: MappingHarness['call'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { [CORRELATION_HEADER]: 'test-correlation', ...init.headers };
    const bearer = init.token === undefined ? token : init.token;
    if (bearer !== null) headers['authorization'] = `Bearer ${bearer}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const request = new Request(GATEWAY_ORIGIN + path, {
      method,
      headers,
      ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`no mapping answers ${method} ${path}`);
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  const schemas = new Map<string, Record<string, unknown>>();
  const violations: MappingHarness['violations'] = async (method, path, answer) => {
    const validator = contractValidator();
    const url = GATEWAY_ORIGIN + path;
    const match = validator.match(method, url);
    const { dataset, table } = match?.params ?? {};
    if (dataset !== undefined && table !== undefined && answer.status < 300) {
      for (const shape of ['item', 'list'] as const) {
        const key = `${dataset}/${table}/${shape}`;
        if (schemas.has(key)) continue;
        const schema = await call('GET', `/datasets/${encodeURIComponent(dataset)}/tables/${encodeURIComponent(table)}/schema?shape=${shape}`);
        if (schema.status === 200) schemas.set(key, schema.json.schema);
      }
    }
    return validator.validateResponse(
      { method, url, status: answer.status, headers: answer.headers, body: answer.text },
      (d, t, shape) => schemas.get(`${d}/${t}/${shape}`) ?? {},
    );
  };

  return { fake, token, ctx, call, violations, close: () => fake.close() };
}
