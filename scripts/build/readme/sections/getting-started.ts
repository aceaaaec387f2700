/**
 * `## Getting Started`: a first connection and flows from the loyalty-program scenario the seeds
 * describe (loyalty data ingested as a data source, unified into customer profiles, measured and
 * segmented). Operations and fields are named through the definition, never copied.
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { displayName, operationById, parameterOf } from '../facts.js';
import { blocks, heading, link, slug } from '../markdown.js';
import { hostParameter } from './deployment.js';
import { operationLink } from './supported-operations.js';

export function gettingStartedSection(connector: AssembledConnector): string[] {
  const host = hostParameter(connector);
  const segmentTrigger = operationById(connector, 'OnSegmentThresholdCrossed');
  const measureTrigger = operationById(connector, 'OnMeasureThresholdCrossed');
  const refreshFailed = operationById(connector, 'OnDataSourceRefreshFailed');
  const getItems = operationById(connector, 'GetItems');
  const name = (unit: typeof getItems, parameter: string) => `**${displayName(parameterOf(unit, parameter))}**`;

  return blocks(
    heading(2, 'Getting Started'),
    `Deploy the connector (see ${link('Deployment Instructions', slug('Deployment Instructions'))}), then create a connection: sign in with your work account and enter the ` +
      `**${host.displayName}** of a backend that serves the connector's API (a gateway in front of Customer Insights, ` +
      'or the mock backend of `npm start` through a tunnel). The examples follow a loyalty ' +
      'program whose members, tiers, points and activities are ingested into Customer Insights as a data source and ' +
      'unified with contacts into customer profiles.',
    heading(3, 'Tell the loyalty team when a tier segment grows'),
    `Start a flow with ${operationLink(segmentTrigger)}: pick the ${name(segmentTrigger, 'dataset')}, the ` +
      `${name(segmentTrigger, 'segment')} (for example the members of the Gold tier) and a ${name(segmentTrigger, 'threshold')} ` +
      'such as 1000. When a refresh puts the segment above that count, the flow receives the segment data; post it to a ' +
      'Microsoft Teams channel or start a campaign.',
    heading(3, 'Watch a loyalty measure'),
    `${operationLink(measureTrigger)} does the same for a business measure, for example the points earned this month: ` +
      `choose the ${name(measureTrigger, 'measure')} and a ${name(measureTrigger, 'threshold')}. Only measures without ` +
      'dimensions can be chosen.',
    heading(3, "Read a member's loyalty activities"),
    `${operationLink(getItems)} reads the items of an entity. On the UnifiedActivity entity, set ` +
      `${name(getItems, '$filter')} to \`CustomerId eq '<customer id>'\` and ${name(getItems, '$top')} to the number of ` +
      "activities you want, to list a member's point transactions from the customer timeline.",
    heading(3, 'Alert the data owners when ingestion fails'),
    `${operationLink(refreshFailed)} fires when a refresh of a data source, such as the loyalty feed, fails. Post the ` +
      'error code and message of the data source to a Teams channel, or email the data owners.',
  );
}
