import { expect, test } from 'vitest';
import { deliver, idempotencyKey, type CallbackPost } from './delivery.js';
import { OutboundRefusedError } from '../../scripts/core/outbound-post.js';

const subscription = { id: 'a'.repeat(32), callbackUrl: 'https://prod-1.westus.logic.azure.com/x?sig=SECRET' };
const event = { id: 'segment:gold:2026-03-02T08:00:00Z', payload: { Name: 'Gold' }, markAfter: {} };

function answering(status: number | Error): { post: CallbackPost; headers: Record<string, string>[] } {
  const headers: Record<string, string>[] = [];
  return {
    headers,
    post: async (_url, _payload, h) => {
      headers.push(h);
      if (status instanceof Error) throw status;
      return { status };
    },
  };
}

test('2xx is accepted, 404 and 410 mean gone, anything else failed', async () => {
  expect(await deliver(answering(202).post, subscription, event)).toEqual({ kind: 'accepted', status: 202 });
  expect(await deliver(answering(404).post, subscription, event)).toEqual({ kind: 'gone', status: 404 });
  expect(await deliver(answering(410).post, subscription, event)).toEqual({ kind: 'gone', status: 410 });
  expect(await deliver(answering(500).post, subscription, event)).toMatchObject({ kind: 'failed', status: 500 });
  expect(await deliver(answering(302).post, subscription, event)).toMatchObject({ kind: 'failed', status: 302 });
  const refused = await deliver(answering(new OutboundRefusedError('Refused to post to https://prod-1.westus.logic.azure.com: no', 'x')).post, subscription, event);
  expect(refused).toMatchObject({ kind: 'failed' });
  expect(JSON.stringify(refused)).not.toContain('SECRET');
});

test('the idempotency key is the same for every attempt of one event, different across events and subscriptions', async () => {
  const { post, headers } = answering(500);
  await deliver(post, subscription, event);
  await deliver(post, subscription, event);
  expect(headers[0]).toEqual({ 'Idempotency-Key': idempotencyKey(subscription.id, event.id) });
  expect(headers[1]).toEqual(headers[0]);
  expect(idempotencyKey(subscription.id, 'other')).not.toBe(idempotencyKey(subscription.id, event.id));
  expect(idempotencyKey('b'.repeat(32), event.id)).not.toBe(idempotencyKey(subscription.id, event.id));
});
