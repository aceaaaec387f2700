/**
 * The data lake behind `PartitionMetadata.location`: each partition's CSV file, served by the
 * fake itself under `/lake/{instanceId}/{entity}/{partition}.csv`. A location carries a
 * SAS-style signature (`sig`, random per fake) and needs no other credential, like a SAS URL;
 * without the signature the lake answers 403. Reads honour `Range: bytes=…` (206), so a caller
 * can read a byte range of a file as it would from Azure Storage.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeState } from './state.js';

export const lakePrefix = '/lake/';

export interface Lake {
  /** The signed location of a partition file. */
  location(instanceId: string, entity: string, partition: string): string;
  /** Answers a request under {@link lakePrefix}. */
  serve(request: IncomingMessage, response: ServerResponse, url: URL): void;
}

export function createLake(state: FakeState, origin: () => string): Lake {
  const signature = randomBytes(24).toString('base64url');
  const expected = Buffer.from(signature);
  const signed = (sig: string | null) => {
    if (sig === null) return false;
    const given = Buffer.from(sig);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  return {
    location(instanceId, entity, partition) {
      const path = [instanceId, entity, `${partition}.csv`].map(encodeURIComponent).join('/');
      return `${origin()}${lakePrefix}${path}?sv=2024-01-01&sr=b&sp=r&sig=${signature}`;
    },
    serve(request, response, url) {
      request.resume();
      const text = (status: number, message: string, headers: Record<string, string> = {}) => {
        response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(message);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Only GET and HEAD', { Allow: 'GET, HEAD' });
      if (!signed(url.searchParams.get('sig'))) return text(403, 'Signature missing or wrong');
      let parts: string[];
      try {
        parts = url.pathname.slice(lakePrefix.length).split('/').map(decodeURIComponent);
      } catch {
        return text(400, 'Bad path');
      }
      const [instanceId, entity, file] = parts;
      const instance = parts.length === 3 && instanceId ? state.instances.get(instanceId.toLowerCase()) : undefined;
      const table = instance && entity ? instance.store.tables.get(entity) : undefined;
      const partition = table?.partitions().find((p) => `${p.name}.csv` === file);
      if (!partition) return text(404, 'No such file');
      const content = partition.content;
      const size = content.length;
      const range = request.headers.range;
      let start = 0;
      let end = size - 1;
      let status = 200;
      if (range !== undefined) {
        const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
        if (!match || (match[1] === '' && match[2] === '')) return text(416, 'Unsupported Range', { 'Content-Range': `bytes */${size}` });
        if (match[1] === '') {
          start = Math.max(0, size - Number(match[2]));
        } else {
          start = Number(match[1]);
          if (match[2] !== '') end = Math.min(end, Number(match[2]));
        }
        if (start >= size || start > end) return text(416, 'Range not satisfiable', { 'Content-Range': `bytes */${size}` });
        status = 206;
      }
      const headers: Record<string, string> = {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Length': String(end - start + 1),
        'Accept-Ranges': 'bytes',
        'Last-Modified': new Date(Date.parse(partition.refreshTime)).toUTCString(),
      };
      if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : content.subarray(start, end + 1));
    },
  };
}
