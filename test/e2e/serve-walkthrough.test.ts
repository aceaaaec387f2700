/**
 * The walkthrough of scripts/serve/README.md, step by step, over real HTTP: start the backend,
 * call the API, start the callback receiver, subscribe, fire the event through the control
 * surface, receive the notification, unsubscribe through the Location. Each step also checks that
 * the README shows the very request the test makes, so the document cannot drift from what works.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RECEIVER_PORT, startCallbackReceiver, type CallbackReceiver } from '../../scripts/serve/callback-receiver.js';
import { fingerprint } from '../../scripts/serve/connection.js';
import { redactUrl } from '../../scripts/serve/redact-url.js';
import { DEFAULT_PORT, type RunningServer } from '../../scripts/serve/server.js';
import { call, LOYALTY, startTestServer } from './serve-helpers.js';

const readme = readFileSync(new URL('../../scripts/serve/README.md', import.meta.url), 'utf8');
/** The address the README uses: the default port of `npm start`. */
const documentedBase = `http://127.0.0.1:${DEFAULT_PORT}`;
const documentedCallback = `http://127.0.0.1:${DEFAULT_RECEIVER_PORT}/notify`;

const subscribePath = `/datasets/${LOYALTY}/subscriptions/segmentthresholdcrossed?segment=GoldMembers&threshold=100`;
const firePath = `/_control/instances/${LOYALTY}/segments/GoldMembers/count`;
/** The example id the README shows; real ids are random. */
const documentedSubscription = '3c8e0f5a-9d21-47b6-b0e4-6f1a2d7c9e53';
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('README walkthrough: from npm start to a received trigger notification', () => {
  let server: RunningServer & { log: string[] };
  let receiver: CallbackReceiver;
  /** The Location of step 4's subscription, as the backend answered it. */
  let location: string;
  let subscriptionId: string;

  beforeAll(async () => {
    // Step 1: npm start -- --allow-local-callbacks (in-process here; test/e2e/serve-cli.test.ts runs the real command).
    server = await startTestServer({ allowLocalCallbacks: true });
    // Step 3: the callback receiver.
    receiver = await startCallbackReceiver({ port: 0 });
  });
  afterAll(async () => {
    await receiver?.close();
    await server?.close();
  });

  it('step 1: the README starts the backend with npm start on the default port', () => {
    expect(readme).toContain('npm start -- --allow-local-callbacks\n');
    expect(readme).toContain(`listening on ${documentedBase}`);
    // The walkthrough relies on GoldMembers starting below the threshold of 100; the README says by how much.
    const documented = /segment\s+\*GoldMembers\*\s+\((\d+) members\)/.exec(readme);
    expect(Number(documented?.[1])).toBe(server.backend.store.instance(LOYALTY).segment('GoldMembers').count);
  });

  it('step 2: lists the instances and reads two customers with $top and $select', async () => {
    expect(readme).toContain(`curl -H 'Authorization: Bearer my-token' ${documentedBase}/datasets\n`);
    const instances = await call(server.url, '/datasets', { token: 'my-token' });
    expect(instances.status).toBe(200);
    expect(instances.json.value).toContainEqual({ Name: LOYALTY, DisplayName: 'Contoso Loyalty (sample)' });

    const itemsPath = `/datasets/${LOYALTY}/tables/Customer/items?$top=2&$select=CustomerId,FullName`;
    expect(readme).toContain(`'${documentedBase}${itemsPath}'`);
    const items = await call(server.url, itemsPath, { token: 'my-token' });
    expect(items.status).toBe(200);
    expect(items.json.value).toHaveLength(2);
    for (const row of items.json.value) expect(Object.keys(row).sort()).toEqual(['CustomerId', 'FullName']);

    // The log line the README shows: time, method, path, status, duration, fingerprint.
    expect(server.log.at(-1)).toMatch(/^\d\d:\d\d:\d\d\.\d{3} GET \/datasets\/\S+ 200 \d+\.\dms connection=[0-9a-f]{8}$/);
    // The README's example line shows the fingerprint of its own example token.
    expect(readme).toMatch(new RegExp(`\\d\\d:\\d\\d:\\d\\d\\.\\d{3} GET /datasets 200 \\d+\\.\\dms connection=${fingerprint('my-token')}`));
    expect(server.log.join('\n')).not.toContain('my-token');
  });

  it('step 3: the receiver listens where the README says', () => {
    expect(readme).toContain('npx tsx scripts/serve/callback-receiver.ts');
    expect(readme).toContain(`Waiting for notifications on ${documentedCallback}`);
    expect(receiver.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/notify$/);
  });

  it('step 4: subscribes with the callback URL and gets 201 with a Location', async () => {
    expect(readme).toContain(`LOCATION=$(curl -s -o /dev/null -w '%header{location}' -X POST '${documentedBase}${subscribePath}'`);
    expect(readme).toContain(`-d '{"callbackUrl": "${documentedCallback}"}'); echo "$LOCATION"`);
    const subscribed = await call(server.url, subscribePath, { token: 'my-token', body: { callbackUrl: receiver.url } });
    expect(subscribed.status).toBe(201);
    location = subscribed.headers.get('location')!;
    subscriptionId = location.split('/').pop()!;
    expect(subscriptionId).toMatch(guid);
    expect(location).toBe(`${server.url}/subscriptions/${subscriptionId}`);
    expect(readme).toContain(`${documentedBase}/subscriptions/${documentedSubscription}`);

    expect(readme).toContain(`curl ${documentedBase}/_control/subscriptions`);
    const listed = await call(server.url, '/_control/subscriptions', { token: null });
    expect(listed.status).toBe(200);
    expect(listed.json.value).toEqual([
      expect.objectContaining({
        id: subscriptionId,
        trigger: 'segmentthresholdcrossed',
        instance: LOYALTY,
        segment: 'GoldMembers',
        threshold: 100,
        callbackUrl: redactUrl(receiver.url),
        location: `${server.url}/subscriptions/${subscriptionId}`,
        connection: expect.stringMatching(/^[0-9a-f]{8}$/),
      }),
    ]);
    expect(listed.text).not.toContain('my-token');
    expect(listed.text).not.toContain('/notify');
  });

  it('step 5: firing the event delivers SegmentData to the callback, upward crossings only', async () => {
    expect(readme).toContain(`curl -X POST ${documentedBase}${firePath} -H 'Content-Type: application/json' -d '{"count": 120}'`);
    const fired = await call(server.url, firePath, { token: null, body: { count: 120 } });
    expect(fired.status).toBe(200);
    expect(fired.json).toMatchObject({ event: 'segmentCountChanged', instance: LOYALTY, notified: 1 });
    expect(fired.json.deliveries[0]).toMatchObject({ subscriptionId, callbackUrl: redactUrl(receiver.url), status: 200 });
    // The README's example answer shows the redacted form of its own callback URL.
    expect(readme).toContain(`"callbackUrl": "${redactUrl(documentedCallback)}"`);

    const notification = await receiver.next();
    expect(notification.method).toBe('POST');
    expect(notification.path).toBe('/notify');
    expect(notification.body).toEqual({
      Name: 'GoldMembers',
      DisplayName: 'Gold tier members',
      EvaluationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      EntityCount: 120,
      Threshold: 100,
    });
    expect(fired.json.deliveries[0].payload).toEqual(notification.body);

    // 120 → 150 stays above the threshold: nobody is notified.
    const again = await call(server.url, firePath, { token: null, body: { count: 150 } });
    expect(again.json.notified).toBe(0);
    expect(readme).toContain('"notified": 0');
  });

  it('step 6: unsubscribes with DELETE on the Location; firing again notifies nobody', async () => {
    expect(readme).toContain(`curl -i -X DELETE -H 'Authorization: Bearer my-token' "$LOCATION"`);
    // Another connection's token cannot delete it.
    expect((await call(location, '', { method: 'DELETE', token: 'someone-else' })).status).toBe(404);
    // DELETE on the Location exactly as the backend answered it, as the platform does.
    const deleted = await call(location, '', { method: 'DELETE', token: 'my-token' });
    expect(deleted.status).toBe(200);
    expect((await call(server.url, '/_control/subscriptions', { token: null })).json.value).toEqual([]);

    // Below the threshold and back above it would cross again, but there is no subscription left.
    await call(server.url, firePath, { token: null, body: { count: 10 } });
    const fired = await call(server.url, firePath, { token: null, body: { count: 120 } });
    expect(fired.json.notified).toBe(0);
    await expect(receiver.next(300)).rejects.toThrow(/no notification/);
    expect(receiver.notifications).toHaveLength(1);
  });
});
