import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../scripts/serve/server.js';
import { goldCustomers } from './typed-client.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(() => server.close());

describe('examples/typed-client.ts against the mock', () => {
  it("reads the Gold tier's customers with a filter the entity allows", async () => {
    const customers = await goldCustomers(server.url);
    expect(customers.length).toBeGreaterThan(0);
    for (const customer of customers) expect(customer.CurrentTier).toBe('Gold');
    expect(typeof customers[0]!.AvailablePoints).toBe('number');
  });
});
