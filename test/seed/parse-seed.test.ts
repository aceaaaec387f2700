import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSeed } from './parse-seed.js';

const text = readFileSync(fileURLToPath(new URL('./connector-reference.txt', import.meta.url)), 'utf8');
const seed = parseSeed(text);

describe('parseSeed on the connector reference page', () => {
  it('reads the title, summary and publisher', () => {
    expect(seed.title).toBe('Dynamics 365 Customer Insights (Preview)');
    expect(seed.summary).toBe(
      'The Dynamics 365 Customer Insights connector provides a set of APIs to interact with Dynamics 365 Customer Insights instances.',
    );
    expect(seed.publisher).toBe('Microsoft');
  });

  it('reads the throttling table', () => {
    expect(seed.throttling).toEqual([{ name: 'API calls per connection', calls: 100, renewalPeriod: '60 seconds' }]);
  });

  it('reads every action and trigger once, in the order of the page', () => {
    expect(seed.actions.map((o) => o.summary)).toEqual([
      'Create item (Preview)',
      'Get entities',
      'Get item',
      'Get items from an entity',
      'Retrieve data from a partition (Preview)',
      'Retrieve partitions for an entity (Preview)',
      'Retrieve partitions for an entity V2 (Preview)',
      'Sends the status report',
      'Sends the status report V2',
      'Update item (Preview)',
    ]);
    expect(seed.triggers.map((o) => o.summary)).toEqual([
      'Triggers a flow from the data source when refresh is completed',
      'Triggers a flow from the data source when refresh is failed',
      'Triggers a flow when a business measure threshold is crossed',
      'Triggers a flow when a full refresh of Customer Insights is completed',
      'Triggers a flow when a process in Customer Insights is completed',
      'Triggers a flow when a segment threshold is crossed',
    ]);
  });

  it('reads every definition in the order of the page', () => {
    expect(seed.definitions.map((d) => [d.name, d.description, d.fields.length])).toEqual([
      ['DataSourcesList', 'DataSourcesList', 1],
      ['DataSource', 'DataSource Class', 10],
      ['SegmentData', 'Segment data', 5],
      ['MeasureData', 'Business Measure data', 6],
      ['FullRefreshProcessData', 'The information about executed full refresh', 6],
      ['ProcessData', 'The information about executed process', 5],
      ['Table', 'Represents a table.', 3],
      ['PartitionListResponse', 'The list of partitions', 2],
      ['PartitionDataResponse', 'The data from a partition.', 5],
      ['TablesList', 'Represents a list of tables.', 1],
    ]);
  });

  it('turns the "•" bullets of a description into "- " lines', () => {
    const getItems = seed.actions.find((o) => o.summary === 'Get items from an entity');
    expect(getItems?.description).toBe(
      [
        'This operation gets items from an entity. Depending on the entity, fields can be defined as filters:',
        '- UnifiedActivity entity: ActivityId and CustomerId fields',
        '- Customer entity: CustomerId field and any other fields indexed in the Customer Insights instance',
        '- Any other entities: CustomerId field.',
      ].join('\n'),
    );
  });

  it('reads a parameter row: Name, Key, Required (True or empty), Type, Description', () => {
    const getItems = seed.actions.find((o) => o.summary === 'Get items from an entity')!;
    expect(getItems.parameters[0]).toEqual({
      name: 'instanceId',
      key: 'dataset',
      required: true,
      type: 'string',
      description: 'Identifier of an instance',
    });
    expect(getItems.parameters.find((p) => p.key === '$top')).toEqual({
      name: 'Top Count',
      key: '$top',
      required: false,
      type: 'integer',
      description: 'Total number of entries to retrieve (default = all).',
    });
    const measure = seed.triggers.find((o) => o.summary === 'Triggers a flow when a business measure threshold is crossed')!;
    expect(measure.parameters.map((p) => [p.key, p.type])).toEqual([
      ['dataset', 'string'],
      ['measure', 'string'],
      ['threshold', 'double'],
    ]);
    const create = seed.actions.find((o) => o.summary === 'Create item (Preview)')!;
    expect(create.parameters.at(-1)).toMatchObject({ key: 'item', type: 'dynamic', required: true });
  });

  it('reads each form of Returns the page uses, and none where the page has none', () => {
    const returns = (summary: string) => [...seed.actions, ...seed.triggers].find((o) => o.summary === summary)?.returns;
    expect(returns('Get entities')).toEqual({
      description: 'Represents a list of tables.',
      fields: [{ name: 'Body', path: '', type: 'TablesList', description: '' }],
    });
    expect(returns('Get item')).toEqual({ description: 'The outputs of this operation are dynamic.', fields: [] });
    expect(returns('Retrieve partitions for an entity (Preview)')).toEqual({
      fields: [{ name: 'response', path: '', type: 'array of Table', description: '' }],
    });
    expect(returns('Retrieve partitions for an entity V2 (Preview)')).toEqual({ description: 'The list of partitions', fields: [] });
    expect(returns('Triggers a flow when a segment threshold is crossed')).toEqual({ description: 'Segment data', fields: [] });
    expect(returns('Create item (Preview)')).toBeUndefined();
    expect(returns('Sends the status report')).toBeUndefined();
  });

  it('reads field rows, including array types and a row whose description is empty', () => {
    const partitionData = seed.definitions.find((d) => d.name === 'PartitionDataResponse')!;
    expect(partitionData.fields.slice(-2)).toEqual([
      {
        name: 'Items',
        path: 'Items',
        type: 'array of object',
        description: "The dictionary containing data of maximum 'Size' items from a partition, from offset 'OffsetStart' to 'OffsetEnd'.",
      },
      { name: 'items', path: 'Items', type: 'object', description: '' },
    ]);
    const segment = seed.definitions.find((d) => d.name === 'SegmentData')!;
    expect(segment.fields[2]).toEqual({ name: 'EvaluationDate', path: 'EvaluationDate', type: 'date-time', description: 'The segment evaluation date' });
    // The specification's own spelling is kept.
    const dataSource = seed.definitions.find((d) => d.name === 'DataSource')!;
    expect(dataSource.fields.find((f) => f.path === 'ErrorSeverity')?.description).toBe('The error serverity during refresh');
  });

  it('reads CRLF text the same as LF text', () => {
    expect(parseSeed(text.replace(/\n/g, '\r\n'))).toEqual(seed);
  });
});

describe('parseSeed on malformed pages', () => {
  /** A minimal page in the seed's layout, with the parts a test wants to break. */
  function page(parts: { actionDetails?: string; throttlingRow?: string } = {}): string {
    return [
      'Example (Preview)',
      '',
      'An example connector.',
      '',
      'Publisher Example',
      '',
      'Throttling Limits',
      '',
      'Name Calls Renewal Period',
      parts.throttlingRow ?? 'API calls per connection 10 30 seconds',
      '',
      'Actions',
      '',
      'Do it',
      '',
      'Does it.',
      '',
      parts.actionDetails ??
        ['Do it', '', 'Does it.', '', 'Parameters', '', 'Name Key Required Type Description', 'Thing', 'thing True string', '', 'The thing.', ''].join('\n'),
      'Triggers',
      '',
      'Definitions',
      '',
    ].join('\n');
  }

  it('reads the minimal page', () => {
    const parsed = parseSeed(page());
    expect(parsed.throttling).toEqual([{ name: 'API calls per connection', calls: 10, renewalPeriod: '30 seconds' }]);
    expect(parsed.actions).toEqual([
      {
        summary: 'Do it',
        description: 'Does it.',
        parameters: [{ name: 'Thing', key: 'thing', required: true, type: 'string', description: 'The thing.' }],
      },
    ]);
    expect(parsed.triggers).toEqual([]);
    expect(parsed.definitions).toEqual([]);
  });

  it('refuses a page whose overview and details disagree', () => {
    expect(() => parseSeed(page({ actionDetails: ['Do it', '', 'Does something else.', ''].join('\n') }))).toThrow(/described differently/);
  });

  it('refuses an unreadable throttling row', () => {
    expect(() => parseSeed(page({ throttlingRow: 'API calls per connection many' }))).toThrow(/throttling row/);
  });

  it('refuses a text without the sections of the page', () => {
    expect(() => parseSeed('Just a title\n\nNothing else.\n')).toThrow(/Throttling Limits/);
  });
});
