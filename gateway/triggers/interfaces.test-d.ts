/**
 * Type-level contract: what startGateway wires (the store and the triggers, with the names and
 * signatures the gateway codes against), and trigger payloads that are the generated definitions.
 */
import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../generated/types.js';
import { openSubscriptionStore, type SubscriptionStore } from '../store/index.js';
import { createTriggers, environmentAppCredential, type AppCredential, type TriggerContext, type Triggers } from './index.js';
import type { TriggerPayload } from './rules/index.js';

type Schemas = components['schemas'];

describe('the interfaces startGateway codes against', () => {
  it('opens a store from a URL and builds the triggers from a context', () => {
    expectTypeOf(openSubscriptionStore).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(openSubscriptionStore).returns.toEqualTypeOf<Promise<SubscriptionStore>>();
    expectTypeOf<SubscriptionStore['close']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<SubscriptionStore['ping']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf(environmentAppCredential).returns.toEqualTypeOf<AppCredential | undefined>();
    expectTypeOf<AppCredential['getToken']>().toEqualTypeOf<() => Promise<string>>();
    expectTypeOf(createTriggers).parameter(0).toEqualTypeOf<TriggerContext>();
    expectTypeOf(createTriggers).returns.toEqualTypeOf<Triggers>();
    expectTypeOf<Triggers['handlers']>().toEqualTypeOf<HttpHandler[]>();
    expectTypeOf<Triggers['ready']>().returns.toEqualTypeOf<Promise<{ ok: boolean; reason?: string }>>();
    expectTypeOf<Triggers['pollNow']>().toEqualTypeOf<(instanceId?: string) => Promise<void>>();
    // The context's required members are exactly these; everything else is optional.
    expectTypeOf<{ [K in keyof TriggerContext as {} extends Pick<TriggerContext, K> ? never : K]: TriggerContext[K] }>().toEqualTypeOf<
      Pick<TriggerContext, 'upstream' | 'store' | 'credential' | 'log' | 'callbackHosts' | 'allowLocalCallbacks'>
    >();
  });
});

describe('trigger payloads', () => {
  it('are the connector notification schemas, nothing else', () => {
    expectTypeOf<TriggerPayload>().toEqualTypeOf<Schemas['DataSourcesList'] | Schemas['SegmentData'] | Schemas['MeasureData'] | Schemas['FullRefreshProcessData'] | Schemas['ProcessData']>();
  });
});
