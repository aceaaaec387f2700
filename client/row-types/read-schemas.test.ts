import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../create-client.js';
import { createSimulatedClock } from '../testing/simulated-clock.js';
import { MAX_ENTITIES, readEntitySchemas } from './read-schemas.js';

const baseUrl = 'https://types.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
const client = () => createClient({ baseUrl, token: `t-${Math.random()}`, clock: createSimulatedClock() });

describe('readEntitySchemas', () => {
  it('asks the picker for the entities, then the metadata operation for each item schema', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${baseUrl}/datasets/ds/lookups/entities`, () => HttpResponse.json({ value: [{ Name: 'A', DisplayName: 'Aye' }, { Name: '' }, { Name: 'B' }] })),
      http.get(`${baseUrl}/datasets/ds/tables/:table/schema`, ({ params, request }) => {
        asked.push(`${String(params.table)}?${new URL(request.url).searchParams}`);
        return HttpResponse.json({ Name: params.table, schema: { type: 'object', properties: { Id: { type: 'string' } } } });
      }),
    );
    const result = await readEntitySchemas(client(), 'ds');
    expect(asked).toEqual(['A?shape=item', 'B?shape=item']);
    expect(result).toEqual({
      entities: [
        { name: 'A', displayName: 'Aye', schema: { type: 'object', properties: { Id: { type: 'string' } } } },
        { name: 'B', schema: { type: 'object', properties: { Id: { type: 'string' } } } },
      ],
    });
  });

  it('names the entity whose schema fails, and an answer without a schema', async () => {
    server.use(
      http.get(`${baseUrl}/datasets/ds/lookups/entities`, () => HttpResponse.json({ value: [{ Name: 'A' }] })),
      http.get(`${baseUrl}/datasets/ds/tables/A/schema`, () => HttpResponse.json({ error: { code: 'Forbidden', message: 'no' } }, { status: 403 })),
    );
    expect(await readEntitySchemas(client(), 'ds')).toEqual({ error: 'GetEntitySchema of A: HTTP 403 Forbidden: no' });
    server.use(http.get(`${baseUrl}/datasets/ds/tables/A/schema`, () => HttpResponse.json({ Name: 'A' })));
    expect(await readEntitySchemas(client(), 'ds')).toEqual({ error: 'GetEntitySchema of A: the answer has no schema object' });
  });

  it(`refuses more than ${MAX_ENTITIES} entities before calling for any schema`, async () => {
    server.use(
      http.get(`${baseUrl}/datasets/ds/lookups/entities`, () =>
        HttpResponse.json({ value: Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => ({ Name: `E${i}` })) }),
      ),
    );
    expect(await readEntitySchemas(client(), 'ds')).toEqual({ error: `ListEntities lists ${MAX_ENTITIES + 1} entities, more than the ${MAX_ENTITIES} one types file covers` });
  });
});
