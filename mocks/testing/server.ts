/**
 * A test harness around `setupServer`: the mock backend's handlers with
 * `onUnhandledRequest: 'error'`, every mocked response checked against the connector's
 * definition, and a place to receive trigger callbacks.
 */
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { createBackend, type Backend, type BackendOptions } from '../backend.js';
import { contractValidator, type ContractValidator, type ContractViolation } from './contract.js';

export interface MockBackendOptions extends BackendOptions {
  /** Where the tests address the backend. Default `https://insights.example.com`. */
  baseUrl?: string;
  /** The bearer token of the default connection. */
  token?: string;
}

export interface ReceivedCallback {
  /** The last path segment of the callback URL. */
  name: string;
  body: unknown;
  headers: Headers;
}

export interface MockBackendServer {
  backend: Backend;
  server: SetupServer;
  baseUrl: string;
  token: string;
  validator: ContractValidator;
  /** fetch() against the backend with the default connection's token (override with init.headers). */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** Registers a callback receiver; returns the URL to subscribe with. */
  callbackUrl(name: string): string;
  /** Callbacks received so far, in arrival order. */
  callbacks: ReceivedCallback[];
  /** Resolves once every response seen so far has been checked; returns the violations. */
  violations(): Promise<ContractViolation[]>;
  /** Throws a readable error if any response broke the contract. */
  assertContract(): Promise<void>;
  close(): void;
}

const CALLBACK_ORIGIN = 'https://flow.example.com';

export function startMockBackend(options: MockBackendOptions = {}): MockBackendServer {
  const backend = createBackend(options);
  const baseUrl = (options.baseUrl ?? 'https://insights.example.com').replace(/\/$/, '');
  const token = options.token ?? 'test-connection-token';
  const validator = contractValidator();
  const callbacks: ReceivedCallback[] = [];
  const found: ContractViolation[] = [];
  const pending = new Set<Promise<void>>();

  const receiver = http.post(`${CALLBACK_ORIGIN}/callbacks/:name`, async ({ request, params }) => {
    const text = await request.text();
    callbacks.push({ name: String(params['name']), body: text === '' ? undefined : JSON.parse(text), headers: request.headers });
    return new HttpResponse(null, { status: 202 });
  });
  const server = setupServer(receiver, ...backend.handlers);

  server.events.on('response:mocked', ({ request, response }) => {
    const match = validator.match(request.method, request.url);
    if (!match) return;
    const check = (async () => {
      const body = await response.clone().text();
      const problems = validator.validateResponse(
        { method: request.method, url: request.url, status: response.status, headers: response.headers, body },
        (dataset, table, shape) => backend.store.instance(dataset).table(table).schema(shape),
      );
      if (problems.length > 0) {
        found.push({ operationId: match.operationId, method: request.method, url: request.url, status: response.status, problems });
      }
    })();
    pending.add(check);
    void check.finally(() => pending.delete(check));
  });
  server.listen({ onUnhandledRequest: 'error' });

  async function violations(): Promise<ContractViolation[]> {
    while (pending.size > 0) await Promise.all([...pending]);
    return [...found];
  }

  return {
    backend,
    server,
    baseUrl,
    token,
    validator,
    call(path, init = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      return fetch(`${baseUrl}${path}`, { ...init, headers });
    },
    callbackUrl: (name) => `${CALLBACK_ORIGIN}/callbacks/${encodeURIComponent(name)}`,
    callbacks,
    violations,
    async assertContract() {
      const list = await violations();
      if (list.length > 0) {
        const lines = list.map((v) => `${v.operationId} ${v.method} ${v.url} → ${v.status}: ${v.problems.join('; ')}`);
        throw new Error(`Mock responses broke the connector's contract:\n${lines.join('\n')}`);
      }
    },
    close: () => server.close(),
  };
}
