/** The generated row types make the client's results typed by entity, with no cast. */
import { describe, expectTypeOf, it } from 'vitest';
import { createClient } from '../index.js';
import type { Customer, Tables, UnifiedActivity } from './sample-data-types.js';
import { goldCustomers } from './typed-client.js';

const client = createClient<Tables>({ baseUrl: 'http://127.0.0.1:4310', token: 't' });
const dataset = 'ds';

describe('the sample data types', () => {
  it('type getAllItems by the table', async () => {
    const customers = await client.getAllItems({ dataset, table: 'Customer' });
    if (customers.data) {
      expectTypeOf(customers.data).toEqualTypeOf<Customer[]>();
      expectTypeOf(customers.data[0]!.AvailablePoints).toEqualTypeOf<number | undefined>();
      // @ts-expect-error -- Customer has no Amount; UnifiedActivity has
      void customers.data[0]!.Amount;
    }
    const activities = await client.getAllItems({ dataset, table: 'UnifiedActivity' });
    if (activities.data) expectTypeOf(activities.data[0]!.Amount).toEqualTypeOf<number | undefined>();
    expectTypeOf<UnifiedActivity['ActivityTime']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(goldCustomers).returns.toEqualTypeOf<Promise<Customer[]>>();
  });

  it('type what createItem takes and returns', async () => {
    const created = await client.createItem({ dataset, table: 'Customer' }, { FirstName: 'Ada', CurrentTier: 'Gold' });
    if (created.data) expectTypeOf(created.data).toEqualTypeOf<Customer>();
    // @ts-expect-error -- AvailablePoints is a number
    void client.createItem({ dataset, table: 'Customer' }, { AvailablePoints: '12' });
  });
});
