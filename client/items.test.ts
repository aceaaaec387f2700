import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../mocks/index.js';
import { createClient } from './create-client.js';
import { itemAt } from './items.js';
import { createSimulatedClock } from './testing/simulated-clock.js';

const baseUrl = 'https://insights.example.com';
const clock = createSimulatedClock(Date.parse('2026-01-15T09:00:00Z'));
const backend = createBackend({ clock });
const server = setupServer(...backend.handlers);
const requests: string[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${new URL(request.url).href}`);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

interface Customer {
  CustomerId?: string;
  FirstName?: string;
  City?: string;
}
interface Tables {
  Customer: Customer;
}
const client = createClient<Tables>({ baseUrl, token: 'items-test', clock });
const dataset = [...backend.store.instances.values()][0]!.id;

describe('the item helpers', () => {
  it('createItem returns the created item as stored, read back from its Location', async () => {
    const created = await client.createItem({ dataset, table: 'Customer' }, { FirstName: 'Ada', City: 'Lyon' });
    expect(created.error).toBeUndefined();
    expect(created.data).toMatchObject({ FirstName: 'Ada', City: 'Lyon' });
    expect(typeof created.data?.CustomerId).toBe('string');
    expect(requests.map((r) => r.split(' ')[0])).toEqual(['POST', 'GET']);

    const read = await client.getItem({ dataset, table: 'Customer', id: created.data!.CustomerId! });
    expect(read.data).toEqual(created.data);
    const updated = await client.updateItem({ dataset, table: 'Customer', id: created.data!.CustomerId! }, { City: 'Nantes' });
    expect(updated.data).toMatchObject({ CustomerId: created.data!.CustomerId, City: 'Nantes' });
  });

  it('returns the service error of a failing call', async () => {
    const missing = await client.getItem({ dataset, table: 'Customer', id: 'no-such-customer' });
    expect(missing.data).toBeUndefined();
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toMatch(/\w/);
  });

  it('never follows a Location to another backend (the token would go with it)', async () => {
    server.use(
      http.post(`${baseUrl}/datasets/:dataset/tables/:table/items`, () =>
        new HttpResponse(null, { status: 201, headers: { Location: 'https://elsewhere.example.net/datasets/d/tables/Customer/items/1' } }),
      ),
    );
    const created = await client.createItem({ dataset, table: 'Customer' }, { FirstName: 'Eve' });
    expect(created.error?.error.code).toBe('NoItemLocation');
    expect(requests).toHaveLength(1);
  });
});

describe('itemAt', () => {
  it.each([
    ['https://h.example/api', '/api/datasets/d%201/tables/T/items/a%2Fb', { dataset: 'd 1', table: 'T', id: 'a/b' }],
    ['https://h.example', 'https://h.example/datasets/d/tables/T/items/1', { dataset: 'd', table: 'T', id: '1' }],
    ['https://h.example/api', '/datasets/d/tables/T/items/1', undefined],
    ['https://h.example', 'http://h.example/datasets/d/tables/T/items/1', undefined],
    ['https://h.example', '/datasets/d/tables/T/items/1/extra', undefined],
    ['https://h.example', '/datasets/d/tables/T/items/%E0%A4%A', undefined],
  ])('%s + %s', (base, location, expected) => {
    expect(itemAt(base, location)).toEqual(expected);
  });
});
