/**
 * What the connector's generated README says that its definition cannot: the service and its
 * prerequisites, a walk-through of the loyalty-program scenario (loyalty data ingested as a data
 * source, unified into customer profiles, measured and segmented), the limits of the tabular
 * contract, answers to common questions, and how the operations fare through the gateway
 * (gateway/README.md) that serves this contract over the Customer Insights REST API; the
 * gateway's mappings (gateway/mappings/) answer exactly the cases listed here with 501.
 *
 * Operations, parameters and connection parameters are named through the definition's own units,
 * never by copying their texts, so a renamed summary changes the README instead of leaving it wrong.
 */
import type { ConnectorDocumentation, OperationUnit } from './kit/index.js';
import { link, slug } from '../scripts/build/readme/markdown.js';
import { apiProperties } from './api-properties.js';
import { GetItems } from './operations/GetItems.js';
import { OnDataSourceRefreshFailed } from './operations/OnDataSourceRefreshFailed.js';
import { OnMeasureThresholdCrossed } from './operations/OnMeasureThresholdCrossed.js';
import { OnSegmentThresholdCrossed } from './operations/OnSegmentThresholdCrossed.js';

/** A link to the operation's entry in the README's reference. */
function operationLink(unit: OperationUnit): string {
  return link(unit.operation.summary, slug(unit.operation.summary));
}

function parameter(unit: OperationUnit, name: string): { name: string; displayName: string } {
  const found = unit.operation.parameters?.find((p) => p.name === name);
  if (!found) throw new Error(`documentation: operation '${unit.operation.operationId}' has no parameter '${name}'`);
  return { name, displayName: found['x-ms-summary'] ?? name };
}

/** `**Display Name**` of a parameter, as the designer shows it. */
function field(unit: OperationUnit, name: string): string {
  return `**${parameter(unit, name).displayName}**`;
}

/** The display name of the connection parameter the dynamichosturl policy reads. */
function backendField(): string {
  const host = apiProperties().properties.connectionParameters.hostUrl;
  if (!host || host.type === 'oauthSetting') throw new Error("documentation: apiProperties has no 'hostUrl' connection parameter");
  return host.uiDefinition.displayName;
}

/**
 * The per-entity filter rules, as the description of Get items states them (its list items).
 */
export function filterableFields(getItems: OperationUnit): string[] {
  const items = getItems.operation.description.split('\n').filter((line) => /^\s*- /.test(line)).map((line) => line.replace(/^\s*- /, ''));
  if (items.length === 0) throw new Error('documentation: the description of Get items no longer lists the filterable fields');
  return items;
}

const backend = backendField();
const skip = parameter(GetItems, '$skip');
const top = parameter(GetItems, '$top');
const filter = parameter(GetItems, '$filter');
const thresholdTriggers = [OnMeasureThresholdCrossed, OnSegmentThresholdCrossed];

export const documentation: ConnectorDocumentation = {
  apiName: 'the Customer Insights API',
  buildCommand: 'npm run build',
  prerequisites: [
    'A Dynamics 365 Customer Insights environment, and a user account that can read its instances. The connection signs in as that user.',
  ],
  gettingStarted: [
    `Deploy the connector (see ${link('Deployment Instructions', slug('Deployment Instructions'))}), then create a connection: sign in with your work account and enter the ` +
      `**${backend}** of a backend that serves the connector's API (the package's gateway in front of Customer Insights, ` +
      'or the mock backend of `npm start` through a tunnel). The examples follow a loyalty ' +
      'program whose members, tiers, points and activities are ingested into Customer Insights as a data source and ' +
      'unified with contacts into customer profiles.',
    '### Tell the loyalty team when a tier segment grows',
    `Start a flow with ${operationLink(OnSegmentThresholdCrossed)}: pick the ${field(OnSegmentThresholdCrossed, 'dataset')}, the ` +
      `${field(OnSegmentThresholdCrossed, 'segment')} (for example the members of the Gold tier) and a ${field(OnSegmentThresholdCrossed, 'threshold')} ` +
      'such as 1000. When a refresh puts the segment above that count, the flow receives the segment data; post it to a ' +
      'Microsoft Teams channel or start a campaign.',
    '### Watch a loyalty measure',
    `${operationLink(OnMeasureThresholdCrossed)} does the same for a business measure, for example the points earned this month: ` +
      `choose the ${field(OnMeasureThresholdCrossed, 'measure')} and a ${field(OnMeasureThresholdCrossed, 'threshold')}. Only measures without ` +
      'dimensions can be chosen.',
    "### Read a member's loyalty activities",
    `${operationLink(GetItems)} reads the items of an entity. On the UnifiedActivity entity, set ` +
      `${field(GetItems, '$filter')} to \`CustomerId eq '<customer id>'\` and ${field(GetItems, '$top')} to the number of ` +
      "activities you want, to list a member's point transactions from the customer timeline.",
    '### Alert the data owners when ingestion fails',
    `${operationLink(OnDataSourceRefreshFailed)} fires when a refresh of a data source, such as the loyalty feed, fails. Post the ` +
      'error code and message of the data source to a Teams channel, or email the data owners.',
  ],
  knownIssues: [
    `To read a large entity, call ${operationLink(GetItems)} several times with \`${skip.name}\` (${skip.displayName}) and ` +
      `\`${top.name}\` (${top.displayName}), pacing the calls to stay within the throttling limit.`,
    [`\`${filter.name}\` (${filter.displayName}) accepts only some fields, depending on the entity:`, ...filterableFields(GetItems).map((line) => `  - ${line}`)].join('\n'),
    ...thresholdTriggers.map(
      (unit) =>
        `${operationLink(unit)} fires only when the value crosses the threshold upward; a value that stays below it, ` +
        'or falls back under it, starts no flow. To act when a threshold is not reached, run a scheduled flow instead.',
    ),
    `${operationLink(OnMeasureThresholdCrossed)} supports only business measures without dimensions; the measure picker lists no others.`,
    'Through the gateway that serves this connector over the Customer Insights REST API (`insights-connector gateway`), ' +
      '**Sends the status report**, **Sends the status report V2** and the report type picker (**List report types**) answer `501 Not Implemented`: ' +
      'the REST API has no report types and no operation that sends a status report. The error message says so.',
    'Through the gateway, **Retrieve data from a partition** reads the partition file at the location the REST API names, ' +
      'without the caller\'s token. When that storage requires its own credentials (the instance\'s data lake usually does; ' +
      'the REST API hands none out), or its host is not one the gateway may read, the action answers `501 Not Implemented` ' +
      'saying why. Retrieving the list of partitions (V1 and V2) works.',
    'Through the gateway, **Get items** without `$top` reads at most 2,000 rows in 20 calls of 100 (configurable); when it ' +
      'stops there, the answer carries `@odata.nextLink` to the rest. **Create item** may be queued by the REST API, so ' +
      '**Get item** can miss a new item for a moment.',
  ],
  faq: [
    {
      question: 'Which backend does a connection call?',
      answer:
        `The one in its **${backend}** (\`hostUrl\`) connection parameter: the \`dynamichosturl\` policy sends ` +
        'every call of the connection there. Two connections of the same connector can therefore reach two different ' +
        'backends, for example the Customer Insights API and the mock backend.',
    },
    {
      question: 'Can I build flows without a Customer Insights environment?',
      answer:
        '`npm start` serves a mock of the backend, with sample data of a loyalty program, on your machine. ' +
        `Point a connection's **${backend}** at it, or call it from the TypeScript client and tests.`,
    },
  ],
  backend:
    'The connector speaks the Power Platform tabular contract (`/datasets/{dataset}/tables/{table}/items`, ' +
    'pickers, webhook subscriptions), not the paths of the public Customer Insights REST API (`/v1/instances/{id}/data/…`, ' +
    'which also wants an `Ocp-Apim-Subscription-Key`): point a connection at a backend that serves this contract. To reach ' +
    'the real service, that is the gateway this package ships (`insights-connector gateway`, described in its `gateway/README.md`), ' +
    'which translates every call to the REST API; for trying flows without an environment, it is the mock backend `npm start` serves. ' +
    'environment. Power Platform calls the backend from the cloud, so a mock on your machine must be reachable from the ' +
    'internet (for example through a tunnel) before a connection can use it.',
};
