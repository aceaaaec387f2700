import { describe, expect, it } from 'vitest';
import { isODataError, withODataErrorBody } from './odata-error.js';

const bodyOf = async (response: Response) => (await withODataErrorBody(response)).json() as Promise<unknown>;

describe('withODataErrorBody', () => {
  it('codes a bare failure by its status: by name where the status has one, by number otherwise', async () => {
    expect(await bodyOf(new Response(null, { status: 404 }))).toEqual({ error: { code: 'NotFound', message: 'HTTP 404' } });
    expect(await bodyOf(new Response('down', { status: 503, statusText: 'Service Unavailable' }))).toEqual({ error: { code: 'ServiceUnavailable', message: 'HTTP 503 Service Unavailable: down' } });
    expect(await bodyOf(new Response(null, { status: 418 }))).toEqual({ error: { code: 'Http418', message: 'HTTP 418' } });
  });

  it('keeps an answer that already carries an OData error, and a success, as it came', async () => {
    const coded = Response.json({ error: { code: 'ItemNotFound', message: 'No item.' } }, { status: 404 });
    expect(await withODataErrorBody(coded)).toBe(coded);
    const ok = Response.json({ value: [] });
    expect(await withODataErrorBody(ok)).toBe(ok);
    expect(isODataError({ error: { code: 'X' } })).toBe(false);
  });
});
