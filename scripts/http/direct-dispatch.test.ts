import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createDirectDispatcher, MalformedPathError } from './direct-dispatch.js';
import { knownBody } from './direct-response.js';
import { callOf, createServableHttp, directRouteOf, requestHeader, requestUrl } from './servable-http.js';

/** A two-operation API, typed the way openapi-typescript writes `paths`. */
interface paths {
  '/pets': {
    get: { responses: { 200: { content: { 'application/json': { name: string }[] } } } };
  };
  '/pets/{petId}': {
    parameters: { path: { petId: string } };
    get: { parameters: { path: { petId: string } }; responses: { 200: { content: { 'application/json': { name: string } } }; 404: { content: { 'text/plain': string } } } };
    delete: { parameters: { path: { petId: string } }; responses: { 204: { content?: never } } };
  };
}

const http = createServableHttp<paths>();
const calls: string[] = [];
const handlers = [
  http.guard(
    (url) => url.searchParams.has('refuse'),
    () => new Response('refused', { status: 400 }),
  ),
  http.get('/pets', ({ response }) => response(200).json([{ name: 'Rex' }])),
  http.get('/pets/{petId}', ({ params, response }) => {
    calls.push(params.petId);
    if (params.petId === 'gone') throw new Response('thrown', { status: 410 });
    return params.petId === 'none' ? response(404).text('no such pet') : response(200).json({ name: params.petId });
  }),
  http.delete('/pets/{petId}', ({ response }) => response(204).empty()),
];

async function both(method: string, path: string, headers: Record<string, string> = {}) {
  const url = `http://127.0.0.1:1${path}`;
  const direct = await createDirectDispatcher(handlers)(callOf(new Request(url, { method, headers })));
  const viaMsw = await getResponse(handlers, new Request(url, { method, headers }));
  const read = async (r: Response | undefined) => r && { status: r.status, body: await r.text(), type: r.headers.get('content-type'), length: r.headers.get('content-length') };
  return { direct: await read(direct), msw: await read(viaMsw) };
}

describe('createServableHttp and createDirectDispatcher', () => {
  it('record each handler’s method, template and resolver', () => {
    expect(directRouteOf(handlers[1]!)).toMatchObject({ kind: 'template', method: 'GET', template: '/pets' });
    expect(directRouteOf(handlers[0]!)).toMatchObject({ kind: 'guard' });
  });

  it('answer served directly exactly as under msw: json, text, empty, a thrown Response, a guard', async () => {
    for (const [method, path, headers] of [
      ['GET', '/pets', {}],
      ['GET', '/pets/Tom', {}],
      ['GET', '/pets/none', {}],
      ['GET', '/pets/gone', {}],
      ['DELETE', '/pets/Tom', {}],
      ['GET', '/pets?refuse', {}],
    ] as const) {
      const { direct, msw } = await both(method, path, headers);
      expect(direct, `${method} ${path}`).toEqual(msw);
      expect(direct?.status).toBeGreaterThan(0);
    }
  });

  it('calls the resolver with decoded parameters, and answers nothing for a path no route has', async () => {
    const dispatch = createDirectDispatcher(handlers);
    await dispatch(callOf(new Request('http://h/pets/a%20b')));
    expect(calls.at(-1)).toBe('a b');
    expect(await dispatch(callOf(new Request('http://h/cats')))).toBeUndefined();
    await expect(dispatch(callOf(new Request('http://h/pets/%E0%A4%A')))).rejects.toBeInstanceOf(MalformedPathError);
  });

  it('hand the resolver the URL and headers the server read, and make the Request only when the resolver reads it', async () => {
    const seen: { url: URL; auth: string | null }[] = [];
    const own = createServableHttp<paths>();
    const readsHeaders = own.get('/pets', (info) => {
      seen.push({ url: requestUrl(info), auth: requestHeader(info, 'authorization') });
      return info.response(200).json([]);
    });
    const readsRequest = own.get('/pets/{petId}', async (info) => info.response(200).json({ name: await info.request.text() }));
    const dispatch = createDirectDispatcher([readsHeaders, readsRequest]);
    let made = 0;
    const incoming = (path: string) => {
      const url = new URL(`http://h${path}`);
      return { method: 'GET', url, headers: new Headers({ authorization: 'Bearer a' }), request: () => (made++, new Request(url)) };
    };
    const call = incoming('/pets?x=1');
    await dispatch(call);
    expect(seen[0]).toEqual({ url: call.url, auth: 'Bearer a' });
    expect(seen[0]!.url).toBe(call.url);
    expect(made).toBe(0);
    await dispatch(incoming('/pets/1'));
    expect(made).toBe(1);
    // Under msw the same helpers read the Request.
    await getResponse([readsHeaders], new Request('http://h/pets?y=2', { headers: { authorization: 'Bearer b' } }));
    expect(seen[1]).toMatchObject({ auth: 'Bearer b' });
    expect(seen[1]!.url.search).toBe('?y=2');
  });

  it('keeps the body of a direct answer as bytes for the server to write as they are', async () => {
    const response = (await createDirectDispatcher(handlers)(callOf(new Request('http://h/pets'))))!;
    expect(Buffer.concat(knownBody(response)!).toString()).toBe('[{"name":"Rex"}]');
  });

  it('refuse handlers they cannot serve: foreign ones, guards after routes, msw options', () => {
    const foreign = createServableHttp<paths>().untyped.get('/x', () => new Response());
    expect(() => createDirectDispatcher([foreign])).toThrow(/not made by createServableHttp/);
    expect(() => createDirectDispatcher([handlers[1]!, handlers[0]!])).toThrow(/guards go at the head/);
    expect(() => http.get('/pets', ({ response }) => response(200).json([]), { once: true })).toThrow(/no msw options/);
  });
});
