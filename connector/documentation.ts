/**
 * What the connector's generated README says that its definition cannot: how the operations fare
 * through the gateway (gateway/README.md) that serves this contract over the Customer Insights REST
 * API. The gateway's mappings (gateway/mappings/) answer exactly these cases with 501.
 */
import type { ConnectorDocumentation } from './kit/index.js';

export const documentation: ConnectorDocumentation = {
  knownIssues: [
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
};
