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
 * {@link bodyResponse} lets a resolver that builds its body itself (a page of stored rows) do the same,
 * from several buffers when the body is pieces of bytes that are already there (so none is copied).
 */

type Init = ResponseInit & { headers?: Record<string, string> };

/** A Response whose body is held as bytes (one buffer, or the buffers it is written as, in order) and streamed only when read. */
export class KnownBodyResponse extends Response {
  readonly #chunks: readonly Buffer[];
  #stream: ReadableStream<Uint8Array> | undefined;
  #used = false;

  constructor(body: Buffer | readonly Buffer[], init: ResponseInit) {
    super(null, init);
    this.#chunks = Buffer.isBuffer(body) ? [body] : body;
  }

  /** The body as the buffers it is made of, for a server to write without reading the body. */
  get knownChunks(): readonly Buffer[] {
    return this.#chunks;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const chunks = this.#chunks;
    this.#stream ??= new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
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
    return this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks);
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
    return new KnownBodyResponse(this.#chunks, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}

/** The body of a response built by {@link bodyResponse} or the direct helper, as the buffers to write in order. */
export function knownBody(response: Response): readonly Buffer[] | undefined {
  return response instanceof KnownBodyResponse ? response.knownChunks : undefined;
}

/**
 * A response whose body is `body` (a string is sent as UTF-8; several buffers are the body in order,
 * never joined for the server), held as bytes for {@link knownBody}. The buffers must not change
 * afterwards: they are written as they are, whenever the socket takes them.
 */
export function bodyResponse(body: Buffer | string | readonly Buffer[], init: Init, contentType: string): Response {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const length = Buffer.isBuffer(bytes) ? bytes.length : bytes.reduce((sum, chunk) => sum + chunk.length, 0);
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', contentType);
  if (!headers.has('content-length')) headers.set('content-length', String(length));
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
