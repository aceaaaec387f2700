/**
 * Data-file and item names that are also names of Object.prototype: an attribute or key named
 * `__proto__` is an ordinary field from the data file to the answer, and items stay reachable.
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../mocks/index.js';
import { checkDataDocument } from '../../scripts/serve/data-file.js';
import { isLoadedDocument, loadDocument } from '../../scripts/core/load-document.js';

const dataFile = JSON.stringify({
  instances: [
    {
      id: 'i1',
      displayName: 'Hostile',
      refreshTime: '2026-01-01T00:00:00Z',
      entities: [
        {
          name: 'Customer',
          key: '__proto__',
          attributes: [{ name: '__proto__' }, { name: 'constructor' }, { name: 'CustomerId' }],
          rows: ['ROWS'],
        },
      ],
    },
  ],
  // A `__proto__` key in an object literal sets the prototype, so the rows are written as JSON text.
}).replace('["ROWS"]', '[{"__proto__":"k1","constructor":"c1","CustomerId":"a"},{"__proto__":"k2","constructor":"c2","CustomerId":"b"}]');

function backend() {
  const loaded = loadDocument('hostile.json', dataFile);
  if (!isLoadedDocument(loaded)) throw new Error(loaded.message);
  const result = checkDataDocument(loaded);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return createBackend({ data: result.data, throttle: false });
}

const call = async (b: ReturnType<typeof backend>, path: string, init: RequestInit = {}) => {
  const response = await getResponse(b.handlers, new Request(`http://mock${path}`, { ...init, headers: { authorization: 'Bearer t', 'content-type': 'application/json', ...init.headers } }));
  return { status: response!.status, body: await response!.text() };
};

describe('fields named like Object.prototype members', () => {
  it('keeps a __proto__ attribute and key through the data file, the store and the answers', async () => {
    const b = backend();
    const table = b.store.instance('i1').table('Customer');
    expect(table.get('k1')).toMatchObject({ constructor: 'c1', CustomerId: 'a' });
    expect(Object.hasOwn(table.get('k2')!, '__proto__')).toBe(true);

    const item = await call(b, '/datasets/i1/tables/Customer/items/k1');
    expect(item.status).toBe(200);
    expect(Object.entries(JSON.parse(item.body))).toEqual([['__proto__', 'k1'], ['constructor', 'c1'], ['CustomerId', 'a']]);

    const selected = await call(b, '/datasets/i1/tables/Customer/items?$select=__proto__');
    expect(JSON.parse(selected.body).value.map((r: object) => Object.entries(r))).toEqual([[['__proto__', 'k1']], [['__proto__', 'k2']]]);

    const created = await call(b, '/datasets/i1/tables/Customer/items', { method: 'POST', body: '{"__proto__":"k3","CustomerId":"c"}' });
    expect(created.status).toBe(201);
    expect(table.get('k3')).toMatchObject({ CustomerId: 'c' });
    const updated = await call(b, '/datasets/i1/tables/Customer/items/k3', { method: 'PATCH', body: '{"constructor":"new"}' });
    expect(updated.status, updated.body).toBeLessThan(300);
    expect(table.get('k3')).toMatchObject({ constructor: 'new' });
  });
});
