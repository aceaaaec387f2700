import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, decodeJsonOrText, readBodyText } from './read-body.js';

/** A body that arrives in `chunks` and records whether the reader cancelled it. */
function streamed(chunks: string[]): { response: Response; cancelled: () => boolean; pulled: () => number } {
  let cancelled = false;
  let pulled = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body), cancelled: () => cancelled, pulled: () => pulled };
}

describe('readBodyText', () => {
  it('reads the whole body as UTF-8, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"name":"Kündé"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 11));
        controller.enqueue(bytes.slice(11));
        controller.close();
      },
    });
    expect(await readBodyText(new Response(body), 100)).toBe('{"name":"Kündé"}');
    // A body of exactly the limit is read.
    expect(await readBodyText(new Response('0123456789'), 10)).toBe('0123456789');
  });

  it('answers an empty text for no body, even when a Content-Length is declared (a HEAD answer)', async () => {
    expect(await readBodyText(new Response(null, { status: 204 }), 10)).toBe('');
    expect(await readBodyText({ headers: new Headers({ 'content-length': '5000' }), body: null }, 10)).toBe('');
  });

  it('stops reading and cancels the stream once the body passes the limit', async () => {
    const { response, cancelled, pulled } = streamed(['12345', '67890', 'abcde', 'never read']);
    const error = await readBodyText(response, 8).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ limitBytes: 8, declaredBytes: undefined });
    expect(cancelled()).toBe(true);
    expect(pulled()).toBeLessThan(4);
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const { response, cancelled, pulled } = streamed(['x']);
    response.headers.set('content-length', '5000');
    const error = await readBodyText(response, 1000).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'BodyTooLargeError', limitBytes: 1000, declaredBytes: 5000 });
    expect(cancelled()).toBe(true);
    expect(pulled()).toBeLessThanOrEqual(1);
  });
});

describe('decodeJsonOrText', () => {
  it('parses JSON, keeps anything else as its text, and reads nothing as undefined', () => {
    expect(decodeJsonOrText('{"a":[1]}')).toEqual({ a: [1] });
    expect(decodeJsonOrText('42')).toBe(42);
    expect(decodeJsonOrText('<html>oops</html>')).toBe('<html>oops</html>');
    expect(decodeJsonOrText('{"cut": ')).toBe('{"cut": ');
    expect(decodeJsonOrText('')).toBeUndefined();
  });
});
