/**
 * Reading a fetch `Response` (or `Request`) body from a peer that is not trusted to be small or
 * well formed: the text is read as it streams in and abandoned as soon as it passes a limit (a
 * declared `Content-Length` over the limit is refused before anything is read), and a body that is
 * not JSON is kept as text instead of throwing. Callers turn {@link BodyTooLargeError} into their
 * own error (a 502 for a gateway, a failed call for a probe).
 */

/** A body larger than the reader's limit; `declaredBytes` is set when its Content-Length said so up front. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';

  constructor(
    readonly limitBytes: number,
    readonly declaredBytes?: number,
  ) {
    super(declaredBytes === undefined ? `The body is larger than ${limitBytes} bytes` : `The body is declared as ${declaredBytes} bytes, more than ${limitBytes}`);
  }
}

/** What the reader needs of a `Response` or `Request`. */
export interface ReadableMessage {
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

/** The body as UTF-8 text (`''` when there is none, whatever its headers say), at most `maxBytes` of it; a larger one is cancelled and throws {@link BodyTooLargeError}. */
export async function readBodyText(message: ReadableMessage, maxBytes: number): Promise<string> {
  // No body (a HEAD answer, a 204): its Content-Length describes what a GET would carry.
  if (!message.body) return '';
  const declared = Number(message.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await message.body.cancel().catch(() => undefined);
    throw new BodyTooLargeError(maxBytes, declared);
  }
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** The parsed JSON of `text`, the text itself when it does not parse, `undefined` when it is empty. */
export function decodeJsonOrText(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
