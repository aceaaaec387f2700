/**
 * The Dynamics 365 Customer Insights connector, assembled from one file per operation and per
 * definition. `build` validates this and writes generated/.
 */
import { assembleConnector } from './kit/index.js';
import type { AssembledConnector } from './kit/index.js';
import { apiProperties } from './api-properties.js';
import { documentation } from './documentation.js';
import { throttlingPolicies } from './throttling.js';
import { DataSet } from './definitions/DataSet.js';
import { DataSetsList } from './definitions/DataSetsList.js';
import { DataSource } from './definitions/DataSource.js';
import { DataSourcesList } from './definitions/DataSourcesList.js';
import { EntitySchema } from './definitions/EntitySchema.js';
import { FullRefreshProcessData } from './definitions/FullRefreshProcessData.js';
import { LookupItem } from './definitions/LookupItem.js';
import { LookupList } from './definitions/LookupList.js';
import { MeasureData } from './definitions/MeasureData.js';
import { PartitionDataResponse } from './definitions/PartitionDataResponse.js';
import { PartitionListResponse } from './definitions/PartitionListResponse.js';
import { ProcessData } from './definitions/ProcessData.js';
import { SegmentData } from './definitions/SegmentData.js';
import { Table } from './definitions/Table.js';
import { TablesList } from './definitions/TablesList.js';
import { CreateItem } from './operations/CreateItem.js';
import { DeleteSubscription } from './operations/DeleteSubscription.js';
import { GetEntities } from './operations/GetEntities.js';
import { GetEntitySchema } from './operations/GetEntitySchema.js';
import { GetItem } from './operations/GetItem.js';
import { GetItems } from './operations/GetItems.js';
import { GetPartitionData } from './operations/GetPartitionData.js';
import { GetPartitions } from './operations/GetPartitions.js';
import { GetPartitionsV2 } from './operations/GetPartitionsV2.js';
import { ListEntities } from './operations/ListEntities.js';
import { ListInstances } from './operations/ListInstances.js';
import { ListMeasures } from './operations/ListMeasures.js';
import { ListProcesses } from './operations/ListProcesses.js';
import { ListReportTypes } from './operations/ListReportTypes.js';
import { ListSegments } from './operations/ListSegments.js';
import { OnDataSourceRefreshCompleted } from './operations/OnDataSourceRefreshCompleted.js';
import { OnDataSourceRefreshFailed } from './operations/OnDataSourceRefreshFailed.js';
import { OnFullRefreshCompleted } from './operations/OnFullRefreshCompleted.js';
import { OnMeasureThresholdCrossed } from './operations/OnMeasureThresholdCrossed.js';
import { OnProcessCompleted } from './operations/OnProcessCompleted.js';
import { OnSegmentThresholdCrossed } from './operations/OnSegmentThresholdCrossed.js';
import { SendStatusReport } from './operations/SendStatusReport.js';
import { SendStatusReportV2 } from './operations/SendStatusReportV2.js';
import { UpdateItem } from './operations/UpdateItem.js';

/** The actions of the specification, in its order. */
export const actions = [
  CreateItem,
  GetEntities,
  GetItem,
  GetItems,
  GetPartitionData,
  GetPartitions,
  GetPartitionsV2,
  SendStatusReport,
  SendStatusReportV2,
  UpdateItem,
] as const;

/** The triggers of the specification, in its order. */
export const triggers = [
  OnDataSourceRefreshCompleted,
  OnDataSourceRefreshFailed,
  OnMeasureThresholdCrossed,
  OnFullRefreshCompleted,
  OnProcessCompleted,
  OnSegmentThresholdCrossed,
] as const;

/** Operations the designer calls behind the scenes: pickers, item schemas, unsubscribe. */
export const internalOperations = [
  ListInstances,
  ListEntities,
  ListMeasures,
  ListSegments,
  ListProcesses,
  ListReportTypes,
  GetEntitySchema,
  DeleteSubscription,
] as const;

/** The definitions of the specification, in its order, then the ones the pickers add. */
export const definitions = [
  DataSourcesList,
  DataSource,
  SegmentData,
  MeasureData,
  FullRefreshProcessData,
  ProcessData,
  Table,
  PartitionListResponse,
  PartitionDataResponse,
  TablesList,
  DataSetsList,
  DataSet,
  LookupList,
  LookupItem,
  EntitySchema,
] as const;

export interface BuildOptions {
  /** Adds what certification asks for beyond a deployable custom connector (stackOwner). */
  certification?: boolean;
  /**
   * The publisher's support address. Certification asks for one; the specification names none,
   * so it comes from whoever submits the connector, never from this repository.
   */
  contactEmail?: string;
}

export function customerInsightsConnector(options: BuildOptions = {}): AssembledConnector {
  return assembleConnector({
    document: {
      swagger: '2.0',
      info: {
        title: 'Dynamics 365 Customer Insights',
        description:
          'The Dynamics 365 Customer Insights connector provides a set of APIs to interact with Dynamics 365 Customer Insights instances.',
        version: '1.0.0',
        contact: {
          name: 'Microsoft',
          url: 'https://learn.microsoft.com/connectors/customerinsights/',
          ...(options.contactEmail ? { email: options.contactEmail } : {}),
        },
        // The specification titles the connector "(Preview)"; operations without their own status inherit it.
        'x-ms-api-annotation': { status: 'Preview' },
      },
      // A literal placeholder: the dynamichosturl policy sends each call to the connection's hostUrl.
      host: 'api.ci.ai.dynamics.com',
      basePath: '/',
      schemes: ['https'],
      consumes: ['application/json'],
      produces: ['application/json'],
      securityDefinitions: {
        oauth2_auth: {
          type: 'oauth2',
          flow: 'accessCode',
          authorizationUrl: 'https://login.microsoftonline.com/common/oauth2/authorize',
          tokenUrl: 'https://login.microsoftonline.com/common/oauth2/authorize',
          scopes: {},
        },
      },
      security: [{ oauth2_auth: [] }],
      'x-ms-connector-metadata': [
        { propertyName: 'Website', propertyValue: 'https://dynamics.microsoft.com/ai/customer-insights/' },
        { propertyName: 'Privacy policy', propertyValue: 'https://privacy.microsoft.com/privacystatement' },
        { propertyName: 'Categories', propertyValue: 'Sales and CRM;Marketing' },
      ],
    },
    operations: [...actions, ...triggers, ...internalOperations],
    definitions,
    apiProperties: apiProperties(options),
    throttlingPolicies,
    documentation,
  });
}

export default customerInsightsConnector;
