/**
 * Type-level contract: the upstream client, the logger and startGateway, with the names and
 * signatures the triggers (gateway/triggers/) and the tools around the gateway code against.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Clock } from '../mocks/index.js';
import { startGateway, type GatewayOptions, type RunningGateway } from './index.js';
import { createLogger, silentLogger, type Logger } from './log.js';
import type { SubscriptionStore } from './store/index.js';
import type { AppCredential } from './triggers/index.js';
import { createUpstreamClient, type UpstreamClient, type UpstreamRequest, type UpstreamResponse } from './upstream/client.js';

describe('the gateway interfaces', () => {
  it('has the upstream client of the plan', () => {
    expectTypeOf<UpstreamRequest['method']>().toEqualTypeOf<'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'>();
    expectTypeOf<UpstreamRequest['path']>().toEqualTypeOf<string>();
    expectTypeOf<UpstreamRequest['token']>().toEqualTypeOf<string>();
    expectTypeOf<UpstreamRequest['query']>().toEqualTypeOf<Record<string, string | undefined> | undefined>();
    expectTypeOf<UpstreamRequest['instanceId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UpstreamRequest['correlationId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UpstreamRequest['retryOn429']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<UpstreamResponse<{ a: 1 }>>().toEqualTypeOf<{ status: number; headers: Headers; body: { a: 1 } }>();
    expectTypeOf<UpstreamClient['request']>().toEqualTypeOf<<T = unknown>(req: UpstreamRequest) => Promise<UpstreamResponse<T>>>();
    expectTypeOf(createUpstreamClient).returns.toEqualTypeOf<UpstreamClient>();
    expectTypeOf(createUpstreamClient).parameter(0).toMatchTypeOf<{ apiUrl: string; subscriptionKeyFor(instanceId?: string): string | undefined }>();
  });

  it('has the logger of the plan', () => {
    expectTypeOf<Logger['log']>().parameter(0).toMatchTypeOf<{ event: string; correlationId?: string }>();
    expectTypeOf(createLogger).parameters.toEqualTypeOf<[write?: (line: string) => void]>();
    expectTypeOf(createLogger).returns.toEqualTypeOf<Logger>();
    expectTypeOf(silentLogger).toEqualTypeOf<Logger>();
  });

  it('starts a gateway with injectable store, credential, fetch, clock and log', () => {
    expectTypeOf(startGateway).returns.toEqualTypeOf<Promise<RunningGateway>>();
    expectTypeOf<GatewayOptions['store']>().toEqualTypeOf<string | SubscriptionStore | undefined>();
    expectTypeOf<GatewayOptions['credential']>().toEqualTypeOf<AppCredential | null | undefined>();
    expectTypeOf<GatewayOptions['fetch']>().toEqualTypeOf<typeof fetch | undefined>();
    expectTypeOf<GatewayOptions['clock']>().toEqualTypeOf<Clock | undefined>();
    expectTypeOf<GatewayOptions['log']>().toEqualTypeOf<Logger | undefined>();
    expectTypeOf<RunningGateway['close']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<RunningGateway['url']>().toEqualTypeOf<string>();
  });
});
