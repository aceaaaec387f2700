import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, sampleInstanceIds } from '../../mocks/index.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';
import { parseRecords } from './partition-file.js';

const dataset = sampleInstanceIds.loyalty;
/** Every read of a partition file, as the data lake (the fake's own, behind signed URLs) receives it. */
const lakeCalls: { url: string; headers: Headers }[] = [];
const recordingFetch = ((input: URL | string, init?: RequestInit) => {
  lakeCalls.push({ url: String(input), headers: new Headers(init?.headers) });
  return globalThis.fetch(input, init);
}) as typeof fetch;

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness({ partitionHosts: ['127.0.0.1'], fetch: recordingFetch })));
afterAll(() => h.close());

/** The same read from the mock backend, which serves the same sample data's partitions. */
const backend = createBackend({ throttle: false });
async function fromMock(query: string) {
  const response = await getResponse(backend.handlers, new Request(`http://mock.test/datasets/${dataset}/tables/Customer/partitiondata?${query}`, { headers: { authorization: 'Bearer t' } }));
  return response!.json();
}
const partitionsOf = async () => (await h.call('GET', `/datasets/${dataset}/tables/Customer/partitions`)).json as { Name: string; DynamicProperties: { location: string } }[];

describe("GetPartitionData → a byte range of the partition's file", () => {
  it('reads rows from the location the metadata names, with a Range header and without the caller token', async () => {
    const [partition] = await partitionsOf();
    const path = `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partition!.Name)}&maxResults=5`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(await fromMock(`partitionUri=${encodeURIComponent(partition!.Name)}&maxResults=5`));
    expect(answer.json.Items).toHaveLength(5);
    expect(lakeCalls.at(-1)!.url).toBe(partition!.DynamicProperties.location);
    expect(lakeCalls.at(-1)!.headers.get('range')).toBe('bytes=0-1048575');
    expect(lakeCalls.at(-1)!.headers.get('authorization')).toBeNull();
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('resumes at OffsetEnd, honours maxSize without splitting a row, selects columns, and accepts the location as reference', async () => {
    const partition = (await partitionsOf())[1]!;
    const name = encodeURIComponent(partition.Name);
    const first = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent(partition.DynamicProperties.location)}&maxSize=700&select=CustomerId,City`);
    expect(first.json).toEqual(await fromMock(`partitionUri=${name}&maxSize=700&select=CustomerId,City`));
    expect(Object.keys(first.json.Items[0]).sort()).toEqual(['City', 'CustomerId']);
    const next = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${name}&offsetStart=${first.json.OffsetEnd}&maxResults=2`);
    expect(next.json).toEqual(await fromMock(`partitionUri=${name}&offsetStart=${first.json.OffsetEnd}&maxResults=2`));
    const end = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${name}&offsetStart=100000000`);
    expect(end.json).toMatchObject({ Size: 0, Items: [] });
  });

  it('answers 501 saying why when the data lake refuses the read (it wants credentials the REST API does not give)', async () => {
    const unsigned = await startHarness({ partitionHosts: ['127.0.0.1'], fetch: ((input: URL | string, init?: RequestInit) => globalThis.fetch(String(input).replace(/sig=[^&]*/, 'sig=none'), init)) as typeof fetch });
    try {
      const answer = await unsigned.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent((await partitionsOf())[0]!.Name)}`);
      expect(answer.status).toBe(501);
      expect(answer.json.error.code).toBe('NotImplemented');
      expect(answer.json.error.message).toMatch(/answered 403: the partition file needs storage credentials/);
    } finally {
      await unsigned.close();
    }
  });

  it('answers 501 for a location on a host it may not read, and 404 for a partition the metadata does not name', async () => {
    const plain = await startHarness();
    try {
      const answer = await plain.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent((await partitionsOf())[0]!.Name)}`);
      expect(answer.status).toBe(501);
      expect(answer.json.error.message).toMatch(/partitionHosts/);
    } finally {
      await plain.close();
    }
    const before = lakeCalls.length;
    const unknown = await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata?partitionUri=${encodeURIComponent('http://127.0.0.1:1/elsewhere.csv')}`);
    expect(unknown.status).toBe(404);
    expect(lakeCalls.length).toBe(before);
    expect((await h.call('GET', `/datasets/${dataset}/tables/Customer/partitiondata`)).status).toBe(400);
  });

  it('parses quoted fields, doubled quotes and line ends inside quotes; keeps a partial record only at the end of the file', () => {
    const bytes = Buffer.from('a,"b ""q""",\n"x\ny",,""\nunfinished,"');
    expect(parseRecords(bytes, false, 10)).toEqual({ records: [['a', 'b "q"', null], ['x\ny', null, '']], consumed: 23 });
    expect(parseRecords(Buffer.from('1,2\n3,4'), true, 10).records).toEqual([['1', '2'], ['3', '4']]);
    expect(parseRecords(Buffer.from('1,2\n3,4'), false, 10).records).toEqual([['1', '2']]);
  });
});
