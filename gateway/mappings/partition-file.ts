/**
 * Reading a byte range of a partition file (CSV in the instance's data lake) and turning it into
 * rows. A read never splits a record: it stops after the last complete one, and `OffsetEnd` is
 * where the next read starts.
 */
import { ApiError } from '../../mocks/index.js';
import { notImplemented, type AttributeMetadata } from './context.js';

export const defaultPartitionRead = { maxSize: 1024 * 1024, maxResults: 1000 } as const;
/** The largest range one call reads, whatever `maxSize` asks for. */
export const MAX_PARTITION_READ_BYTES = 16 * 1024 * 1024;
const READ_TIMEOUT_MS = 30_000;

/** `*.blob.core.windows.net` matches any subdomain; plain names match exactly. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase();
  return allowed.some((pattern) => (pattern.startsWith('*.') ? h.endsWith(pattern.slice(1)) && h.length > pattern.length - 1 : h === pattern));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The partition's URL, if the gateway may read it: https on an allowed host (plain http only for an allowed loopback host). */
export function partitionUrl(location: string, allowed: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw notImplemented('Reading partition data', `the partition's location '${location.slice(0, 200)}' is not a URL the gateway can read`);
  }
  const httpAllowed = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if ((url.protocol !== 'https:' && !httpAllowed) || !hostAllowed(url.hostname, allowed)) {
    throw notImplemented(
      'Reading partition data',
      `the partition file is on ${url.protocol}//${url.hostname}, which is not a host the gateway reads from (configure "partitionHosts"; the default is Azure Data Lake and Blob storage over https)`,
    );
  }
  return url;
}

export interface ByteRange {
  bytes: Buffer;
  /** True when the range reaches the end of the file. */
  atEnd: boolean;
}

/**
 * GET with `Range`, without the caller's token (it is for the Customer Insights API, never for
 * storage). Storage that wants its own credentials is what the REST API cannot give: 501.
 */
export async function readRange(doFetch: typeof fetch, url: URL, offset: number, size: number): Promise<ByteRange> {
  let response: Response;
  try {
    response = await doFetch(url, { headers: { range: `bytes=${offset}-${offset + size - 1}` }, redirect: 'error', signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
  } catch (error) {
    throw notImplemented('Reading partition data', `the partition file at ${url.host} could not be reached from the gateway (${(error as Error).message})`);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw notImplemented(
      'Reading partition data',
      `the data lake answered ${response.status}: the partition file needs storage credentials for the instance's data lake, which the Customer Insights REST API does not hand out`,
    );
  }
  if (response.status === 404) {
    await response.body?.cancel();
    throw new ApiError(404, 'PartitionFileNotFound', `The partition file is no longer at its location (${url.host}); list the partitions again`);
  }
  if (response.status === 416) {
    await response.body?.cancel();
    return { bytes: Buffer.alloc(0), atEnd: true };
  }
  if (response.status !== 200 && response.status !== 206) {
    await response.body?.cancel();
    throw new ApiError(502, 'PartitionReadFailed', `The data lake answered ${response.status} for the partition file`);
  }
  // 200 means the range was ignored: skip to the offset ourselves and stop reading after `size`.
  const skip = response.status === 200 ? offset : 0;
  const chunks: Buffer[] = [];
  let seen = 0;
  let kept = 0;
  let ended = true;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = Buffer.from(value);
    const start = Math.max(0, skip - seen);
    seen += chunk.length;
    if (start < chunk.length) {
      const piece = chunk.subarray(start, start + (size - kept));
      chunks.push(piece);
      kept += piece.length;
    }
    if (kept >= size) {
      ended = false;
      await reader.cancel();
      break;
    }
  }
  let atEnd = ended;
  if (response.status === 206) {
    const total = /\/(\d+)\s*$/.exec(response.headers.get('content-range') ?? '')?.[1];
    atEnd = total !== undefined ? offset + kept >= Number(total) : kept < size;
  }
  return { bytes: Buffer.concat(chunks, kept), atEnd };
}

export interface ParsedRange {
  records: (string | null)[][];
  /** Bytes consumed by the complete records returned. */
  consumed: number;
}

/**
 * RFC 4180 records from `bytes`, at most `maxRecords`. A record ends at a line end outside
 * quotes; a trailing partial record is kept only when the range reached the end of the file.
 * Empty unquoted fields are `null` (absent), `""` is the empty string.
 */
export function parseRecords(bytes: Buffer, atEnd: boolean, maxRecords: number): ParsedRange {
  const text = bytes.toString('utf8');
  const records: (string | null)[][] = [];
  let fields: (string | null)[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let recordStart = 0;
  let consumedChars = 0;
  const endField = () => {
    fields.push(field === '' && !quoted ? null : field);
    field = '';
    quoted = false;
  };
  for (let i = 0; i < text.length && records.length < maxRecords; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') {
      inQuotes = true;
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      records.push(fields);
      fields = [];
      recordStart = i + 1;
      consumedChars = recordStart;
    } else field += c;
  }
  if (atEnd && records.length < maxRecords && recordStart < text.length && !inQuotes) {
    endField();
    records.push(fields);
    consumedChars = text.length;
  }
  // A multi-byte character cut at the end of the range never belongs to a complete record.
  return { records, consumed: Buffer.byteLength(text.slice(0, consumedChars), 'utf8') };
}

/** A CSV field as the attribute's type: numbers and booleans typed, absent fields left out. */
export function typedValue(value: string, attribute: AttributeMetadata | undefined): unknown {
  const type = (attribute?.dataType ?? 'string').replace(/^edm\./i, '').toLowerCase();
  if (/^(int|byte|sbyte|long|integer|double|single|decimal|number)/.test(type)) {
    const n = Number(value);
    return value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  if (type === 'boolean' || type === 'bool') return /^true$/i.test(value) ? true : /^false$/i.test(value) ? false : value;
  return value;
}
