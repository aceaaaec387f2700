/**
 * Type-level contract of postJson, which the mock's deliveries and the gateway's triggers share:
 * the policy's shape, what it resolves to, and the three error kinds callers tell apart.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { OutboundFailedError, OutboundRefusedError, OutboundTimeoutError, postJson, type OutboundError, type OutboundErrorKind, type OutboundPolicy, type PostResult } from './outbound-post.js';

describe('postJson', () => {
  it('takes a URL, a body, a policy and optional headers, and resolves to the status', () => {
    expectTypeOf(postJson).parameter(0).toEqualTypeOf<string | URL>();
    expectTypeOf(postJson).parameter(2).toEqualTypeOf<OutboundPolicy>();
    expectTypeOf(postJson).parameter(3).toEqualTypeOf<Readonly<Record<string, string>> | undefined>();
    expectTypeOf(postJson).returns.resolves.toEqualTypeOf<PostResult>();
    expectTypeOf<PostResult>().toEqualTypeOf<{ status: number }>();
  });

  it('has a policy with the local switch, the host list, https, the timeout and the answer cap', () => {
    expectTypeOf<OutboundPolicy>().toEqualTypeOf<{
      allowLocal: boolean;
      allowedHosts?: readonly string[];
      requireHttps?: boolean;
      timeoutMs: number;
      maxResponseBytes: number;
    }>();
  });

  it('throws one of three kinds, each saying which', () => {
    expectTypeOf<OutboundRefusedError['kind']>().toEqualTypeOf<'refused'>();
    expectTypeOf<OutboundFailedError['kind']>().toEqualTypeOf<'failed'>();
    expectTypeOf<OutboundTimeoutError['kind']>().toEqualTypeOf<'timeout'>();
    expectTypeOf<OutboundError['kind']>().toEqualTypeOf<OutboundErrorKind>();
    expectTypeOf<OutboundError['target']>().toEqualTypeOf<string>();
  });
});
