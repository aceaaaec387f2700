import { describe, expect, it } from 'vitest';
import { bodyResponse, directResponseHelper, KnownBodyResponse, knownBody } from './direct-response.js';

describe('KnownBodyResponse', () => {
  it('is a Response whose body reads the same every way, once', async () => {
    const make = () => bodyResponse('{"é":1}', { status: 201, headers: { Location: '/x' } }, 'application/json');
    const response = make();
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.headers.get('content-type'), response.headers.get('content-length'), response.headers.get('location')]).toEqual([201, 'application/json', String(Buffer.byteLength('{"é":1}')), '/x']);
    expect(await make().text()).toBe('{"é":1}');
    expect(await make().json()).toEqual({ é: 1 });
    expect(Buffer.from(await make().arrayBuffer()).toString()).toBe('{"é":1}');
    expect(await (await make().blob()).text()).toBe('{"é":1}');
    expect(await new Response(make().body).text()).toBe('{"é":1}');
    expect(response.bodyUsed).toBe(false);
    await response.text();
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('holds a body of several buffers as they are and reads them as one body, every way', async () => {
    const chunks = [Buffer.from('{"value":['), Buffer.from('{"é":1}'), Buffer.from(']}')];
    const make = () => bodyResponse(chunks, { status: 200 }, 'application/json');
    const whole = '{"value":[{"é":1}]}';
    expect(make().headers.get('content-length')).toBe(String(Buffer.byteLength(whole)));
    expect(knownBody(make())).toEqual(chunks);
    expect(knownBody(make())![1]).toBe(chunks[1]);
    expect(await make().text()).toBe(whole);
    expect(await make().json()).toEqual({ value: [{ é: 1 }] });
    expect(Buffer.from(await make().arrayBuffer()).toString()).toBe(whole);
    expect(await (await make().blob()).text()).toBe(whole);
    expect(await new Response(make().body).text()).toBe(whole);
    expect(await make().clone().text()).toBe(whole);
  });

  it('reads a form body as FormData, once, and refuses a body that is not a form as a Response does', async () => {
    const form = bodyResponse('a=1&b=%C3%A9', { status: 200 }, 'application/x-www-form-urlencoded');
    const data = await form.formData();
    expect([data.get('a'), data.get('b')]).toEqual(['1', 'é']);
    expect(form.bodyUsed).toBe(true);
    await expect(form.formData()).rejects.toThrow(TypeError);
    await expect(bodyResponse('{}', { status: 200 }, 'application/json').formData()).rejects.toThrow(TypeError);
  });

  it('clones with the same status, headers and body, and keeps its bytes for the server without making a stream', async () => {
    const response = bodyResponse(Buffer.from('abc'), { status: 200 }, 'text/plain') as KnownBodyResponse;
    const copy = response.clone();
    expect(await copy.text()).toBe('abc');
    expect(copy.headers.get('content-type')).toBe('text/plain');
    expect(knownBody(response)?.map(String)).toEqual(['abc']);
    expect(response.bodyUsed).toBe(false);
    expect(knownBody(new Response('plain'))).toBeUndefined();
  });

  it('answers like openapi-msw’s helper: json, text and empty', async () => {
    const json = directResponseHelper(200).json({ a: [1] });
    expect([json.headers.get('content-type'), await json.text()]).toEqual(['application/json', '{"a":[1]}']);
    const text = directResponseHelper(404).text('no');
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([404, 'text/plain', 'no']);
    const empty = directResponseHelper(204).empty();
    expect([empty.status, empty.headers.get('content-length'), empty.body]).toEqual([204, '0', null]);
  });
});
