/**
 * The `response` helper a directly served resolver gets: the same answers openapi-msw's helper gives
 * under msw (`response(200).json(body)`, `.text(body)`, `.empty()`, `.untyped(response)`), with the
 * same status, body and Content-Type/Content-Length headers, built as plain `Response`s.
 *
 * Each body built here is also remembered as bytes, so the server writes them to the socket as they
 * are instead of reading the `Response`'s stream back (a stream read per answer was a visible share
 * of a served request). {@link knownBody} gives them; {@link bodyResponse} lets a resolver that
 * builds its body itself (a page of stored rows, say) take the same path.
 */

const bodies = new WeakMap<Response, Buffer>();

/** The body of a response built by {@link bodyResponse} or the direct helper, as it was given. */
export function knownBody(response: Response): Buffer | undefined {
  return bodies.get(response);
}

type Init = ResponseInit & { headers?: Record<string, string> };

/** A response whose body is `body` (a string is sent as UTF-8), remembered for {@link knownBody}. */
export function bodyResponse(body: Buffer | string, init: Init, contentType: string): Response {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', contentType);
  if (!headers.has('content-length')) headers.set('content-length', String(bytes.length));
  // The Response carries the same body for whoever reads it (a test, a client in-process); the
  // server writes `bytes` from the side table and never reads the stream.
  // (A Buffer's memory is an ArrayBuffer, never shared, which is what BodyInit asks for.)
  const response = new Response(typeof body === 'string' ? body : (bytes as Uint8Array<ArrayBuffer>), { ...init, headers });
  bodies.set(response, bytes);
  return response;
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
