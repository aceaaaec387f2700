/**
 * The `response` helper a directly served resolver gets: the same answers openapi-msw's helper gives
 * under msw (`response(200).json(body)`, `.text(body)`, `.empty()`, `.untyped(response)`), with the
 * same status, body and Content-Type/Content-Length headers, built as plain `Response`s.
 *
 * Each body built here is held as the bytes it was given, by a {@link KnownBodyResponse}: a real
 * `Response` (status, headers, and every way of reading a body) whose body stream is made only if
 * someone reads it. The server writes {@link knownBody} to the socket as it is. Constructing a
 * Response around a body (undici sets up a stream and a finalizer for it) cost more than anything
 * else in a served answer, and reading it back again; a response that is only written costs neither.
 * {@link bodyResponse} lets a resolver that builds its body itself (a page of stored rows) do the same.
 */

type Init = ResponseInit & { headers?: Record<string, string> };

/** A Response whose body is held as bytes and streamed only when read. */
export class KnownBodyResponse extends Response {
  readonly #bytes: Buffer;
  #stream: ReadableStream<Uint8Array> | undefined;
  #used = false;

  constructor(bytes: Buffer, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
  }

  /** The bytes, for a server to write without reading the body. */
  get knownBytes(): Buffer {
    return this.#bytes;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const bytes = this.#bytes;
    this.#stream ??= new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
    return this.#stream as ReadableStream<Uint8Array<ArrayBuffer>>;
  }

  override get bodyUsed(): boolean {
    return this.#used || this.#stream?.locked === true;
  }

  #take(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#bytes;
  }

  override async text(): Promise<string> {
    return this.#take().toString('utf8');
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  override async blob(): Promise<Blob> {
    return new Blob([new Uint8Array(this.#take())], { type: this.headers.get('content-type') ?? '' });
  }

  override async formData(): Promise<FormData> {
    // Parsed by undici from the same bytes and Content-Type, so it accepts and refuses what a Response does.
    return new Response(new Uint8Array(this.#take()), { headers: this.headers }).formData();
  }

  override clone(): KnownBodyResponse {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    return new KnownBodyResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}

/** The bytes of a response built by {@link bodyResponse} or the direct helper. */
export function knownBody(response: Response): Buffer | undefined {
  return response instanceof KnownBodyResponse ? response.knownBytes : undefined;
}

/** A response whose body is `body` (a string is sent as UTF-8), held as bytes for {@link knownBody}. */
export function bodyResponse(body: Buffer | string, init: Init, contentType: string): Response {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', contentType);
  if (!headers.has('content-length')) headers.set('content-length', String(bytes.length));
  return new KnownBodyResponse(bytes, { ...init, headers });
}

function forStatus(status: number) {
  return {
    json: (body: unknown, init?: Init) => bodyResponse(JSON.stringify(body) ?? '', { ...init, status }, 'application/json'),
    text: (body: string, init?: Init) => bodyResponse(body, { ...init, status }, 'text/plain'),
    empty: (init?: Init) => {
      const headers = new Headers(init?.headers);
      if (!headers.has('content-length')) headers.set('content-length', '0');
      return new Response(null, { ...init, status, headers });
    },
  };
}

export const directResponseHelper = Object.assign(forStatus, { untyped: (response: Response) => response });
