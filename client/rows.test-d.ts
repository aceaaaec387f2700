/**
 * Row types: `createClient<Tables>()` types the item helpers by the entity given, and an explicit
 * row type works without `Tables`. Nothing here casts.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { createClient } from './create-client.js';
import type { ItemResult } from './items.js';
import type { ODataError } from './odata-error.js';
import type { AllItemsResult } from './paging.js';
import type { Item } from './types.js';

interface Customer {
  CustomerId?: string;
  City?: string;
  AvailablePoints?: number;
}
interface Activity {
  ActivityId?: string;
  Amount?: number;
}
interface Tables {
  Customer: Customer;
  UnifiedActivity: Activity;
}

const typed = createClient<Tables>({ baseUrl: 'https://ci.test', token: 't' });
const untyped = createClient({ baseUrl: 'https://ci.test', token: 't' });
const dataset = 'ds';

describe('getAllItems and iterateItems', () => {
  it('type the rows by the entity named in Tables', async () => {
    const all = await typed.getAllItems({ dataset, table: 'Customer' });
    expectTypeOf(all).toEqualTypeOf<AllItemsResult<Customer>>();
    if (!all.error) {
      expectTypeOf(all.data).toEqualTypeOf<Customer[]>();
      expectTypeOf(all.data[0]!.AvailablePoints).toEqualTypeOf<number | undefined>();
    } else {
      expectTypeOf(all.partial).toEqualTypeOf<Customer[]>();
    }
    const activities = await typed.getAllItems({ dataset, table: 'UnifiedActivity' });
    if (activities.data) expectTypeOf(activities.data).toEqualTypeOf<Activity[]>();
    for await (const customer of typed.iterateItems({ dataset, table: 'Customer' })) {
      expectTypeOf(customer).toEqualTypeOf<Customer>();
      // @ts-expect-error -- not a field of Customer
      void customer.Amount;
    }
  });

  it('give an open Item for an entity Tables does not name, or for a table only known at run time', async () => {
    const other = await typed.getAllItems({ dataset, table: 'Segments' });
    if (other.data) expectTypeOf(other.data).toEqualTypeOf<Item[]>();
    const name: string = 'Customer';
    const dynamic = await typed.getAllItems({ dataset, table: name });
    if (dynamic.data) expectTypeOf(dynamic.data).toEqualTypeOf<Item[]>();
  });

  it('take an explicit row type, with or without Tables', async () => {
    const all = await untyped.getAllItems<Customer>({ dataset, table: 'Customer' });
    if (all.data) expectTypeOf(all.data).toEqualTypeOf<Customer[]>();
    const none = await untyped.getAllItems({ dataset, table: 'Customer' });
    if (none.data) expectTypeOf(none.data).toEqualTypeOf<Item[]>();
    expectTypeOf(untyped.iterateItems<Activity>({ dataset, table: 'UnifiedActivity' })).toEqualTypeOf<AsyncGenerator<Activity, void>>();
  });
});

describe('item operations', () => {
  it('getItem, createItem and updateItem return the row', async () => {
    const one = await typed.getItem({ dataset, table: 'Customer', id: 'c1' });
    expectTypeOf(one).toEqualTypeOf<ItemResult<Customer>>();
    if (one.error) expectTypeOf(one.error).toEqualTypeOf<ODataError>();
    else expectTypeOf(one.data.City).toEqualTypeOf<string | undefined>();

    const created = await typed.createItem({ dataset, table: 'Customer' }, { City: 'Lyon' });
    if (created.data) expectTypeOf(created.data).toEqualTypeOf<Customer>();
    // @ts-expect-error -- AvailablePoints is a number
    void typed.createItem({ dataset, table: 'Customer' }, { AvailablePoints: 'many' });
    // @ts-expect-error -- not a field of Customer
    void typed.updateItem({ dataset, table: 'Customer', id: 'c1' }, { Amount: 3 });

    const updated = await untyped.updateItem<Activity>({ dataset, table: 'UnifiedActivity', id: 'a1' }, { Amount: 3 });
    if (updated.data) expectTypeOf(updated.data).toEqualTypeOf<Activity>();
    const open = await untyped.createItem({ dataset, table: 'Anything' }, { whatever: 1 });
    if (open.data) expectTypeOf(open.data).toEqualTypeOf<Item>();
    // @ts-expect-error -- the item's key is required
    void typed.getItem({ dataset, table: 'Customer' });
  });
});
