/**
 * The typed client with the row types of the sample data: what a caller writes once
 * `insights-connector types` has written the entities' types. Compiled with `strict` by the
 * project's type check, with no cast; run it against `npm start`:
 *
 *   npx tsx examples/typed-client.ts [backend URL, default http://127.0.0.1:4310]
 */
import { pathToFileURL } from 'node:url';
import { createClient } from '../index.js';
import type { Customer, Tables } from './sample-data-types.js';

const dataset = '00000000-0000-4000-8000-000000000001';

export async function goldCustomers(baseUrl = 'http://127.0.0.1:4310'): Promise<Customer[]> {
  const client = createClient<Tables>({ baseUrl, token: 'local-dev-token' });
  // CurrentTier is one of the entity's filterable fields (ListEntities lists them).
  const all = await client.getAllItems({ dataset, table: 'Customer', $filter: "CurrentTier eq 'Gold'" });
  if (all.error) throw new Error(`${all.error.error.code}: ${all.error.error.message}`);
  return all.data;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const customer of await goldCustomers(process.argv[2])) {
    console.log(`${customer.FullName ?? customer.CustomerId}: ${customer.AvailablePoints ?? 0} points`);
  }
}
