import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, createSampleData, Instance, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';
import { parseRecords } from './partition-file.js';

const dataset = sampleInstanceIds.loyalty;
const partitions = new Instance(createSampleData().instances[0]!).table('Customer').partitions();
const storageCalls: { url: string; headers: Headers }[] = [];

/** The data lake: the sample partitions' bytes, answering Range requests with 206 (or 403 when told). */
let storageAnswer: 'ok' | 'forbidden' = 'ok';
const storage = (async (input: URL | string, init?: RequestInit) => {
  const url = String(input);
  const headers = new Headers(init?.headers);
  storageCalls.push({ url, headers });
  if (storageAnswer === 'forbidden') return new Response('<Error>AuthenticationFailed</Error>', { status: 403 });
  const partition = partitions.find((p) => p.location === url);
  if (!partition) return new Response(null, { status: 404 });
  const [, from, to] = /bytes=(\d+)-(\d+)/.exec(headers.get('range') ?? '')!;
  const start = Number(from);
  const end = Math.min(Number(to), partition.content.length - 1);
  return new Response(new Uint8Array(partition.content.subarray(start, end + 1)), {
    status: 206,
    headers: { 'content-range': `bytes ${start}-${end}/${partition.content.length}` },
  });
}) as unknown as typeof fetch;

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness({ partitionHosts: ['storage.example.com'], fetch: storage })));
afterAll(() => h.close());

const backend = createBackend({ throttle: false });
async function fromMock(query: string) {
  const response = await getResponse(backend.handlers, new Request(`http://mock.test/datasets/${dataset}/tables/Customer/partitiondata?${query}`, { headers: { authorization: 'Bearer t' } }));
  return response!.json();
}

describe("GetPartitionData → a byte range of the partition's file", () => {
  it('reads rows from the location named by the metadata, with the Range header and no token', async () => {
    const partition = partitions[0]!;
    const path = `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partition.name)}&maxResults=5`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(await fromMock(`partitionUri=${encodeURIComponent(partition.name)}&maxResults=5`));
    expect(answer.json.Items).toHaveLength(5);
    expect(storageCalls.at(-1)!.url).toBe(partition.location);
    expect(storageCalls.at(-1)!.headers.get('authorization')).toBeNull();
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('resumes at OffsetEnd, honours maxSize without splitting a row, and selects columns', async () => {
    const partition = partitions[1]!;
    const first = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partition.location)}&maxSize=700&select=CustomerId,City`);
    const expected = await fromMock(`partitionUri=${encodeURIComponent(partition.location)}&maxSize=700&select=CustomerId,City`);
    expect(first.json).toEqual(expected);
    expect(Object.keys(first.json.Items[0]).sort()).toEqual(['City', 'CustomerId']);
    const next = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partition.name)}&offsetStart=${first.json.OffsetEnd}&maxResults=2`);
    expect(next.json).toEqual(await fromMock(`partitionUri=${encodeURIComponent(partition.name)}&offsetStart=${first.json.OffsetEnd}&maxResults=2`));
  });

  it('answers 501 saying why when the data lake wants its own credentials', async () => {
    storageAnswer = 'forbidden';
    const answer = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partitions[0]!.name)}`);
    storageAnswer = 'ok';
    expect(answer.status).toBe(501);
    expect(answer.json.error.code).toBe('NotImplemented');
    expect(answer.json.error.message).toMatch(/storage credentials/);
  });

  it('answers 501 for a location on a host it may not read, and 404 for a partition the metadata does not name', async () => {
    const plain = await startHarness();
    try {
      const answer = await plain.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partitions[0]!.name)}`);
      expect(answer.status).toBe(501);
      expect(answer.json.error.message).toMatch(/partitionHosts/);
    } finally {
      await plain.close();
    }
    const before = storageCalls.length;
    const unknown = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent('https://storage.example.com/elsewhere.csv')}`);
    expect(unknown.status).toBe(404);
    expect(storageCalls.length).toBe(before);
    expect((await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata`)).status).toBe(400);
  });

  it('parses quoted fields, doubled quotes and line ends inside quotes; keeps a partial record only at the end of the file', () => {
    const bytes = Buffer.from('a,"b ""q""",\n"x\ny",,""\nunfinished,"');
    expect(parseRecords(bytes, false, 10)).toEqual({ records: [['a', 'b "q"', null], ['x\ny', null, '']], consumed: 23 });
    expect(parseRecords(Buffer.from('1,2\n3,4'), true, 10).records).toEqual([['1', '2'], ['3', '4']]);
    expect(parseRecords(Buffer.from('1,2\n3,4'), false, 10).records).toEqual([['1', '2']]);
  });
});
