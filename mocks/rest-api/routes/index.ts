/** Every route the fake serves, one file each, named after its code model operation. */
import { route as createAnEntity } from './Create-an-entity.js';
import { route as getAWorkflowJobInformation } from './Get-a-workflow-job-information.js';
import { route as getAListOfMeasuresMetadata } from './Get-a-list-of-measures-metadata.js';
import { route as getAllDataSources } from './Get-all-data-sources.js';
import { route as getAllEntityMetadata } from './Get-all-entity-metadata.js';
import { route as getAllInstances } from './Get-all-instances.js';
import { route as getAllSegments } from './Get-all-segments.js';
import { route as getEntitiesWithODataPath } from './Get-entities-with-OData-path.js';
import { route as getEntityMetadata } from './Get-entity-metadata.js';
import { route as getInstanceMetadata } from './Get-instance-metadata.js';
import { route as getListOfRecentWorkflowJobs } from './Get-list-of-recent-workflow-jobs.js';
import { route as getMetadataForAMeasure } from './Get-metadata-for-a-measure.js';
import { route as getWorkflowStatus } from './Get-workflow-status.js';
import { route as updateAnEntity } from './Update-an-entity.js';
import type { Route } from './route.js';

export type { Route, RouteAnswer, RouteContext } from './route.js';

export const routes: readonly Route[] = [
  getAllInstances,
  getInstanceMetadata,
  getAllEntityMetadata,
  getEntityMetadata,
  getEntitiesWithODataPath,
  createAnEntity,
  updateAnEntity,
  getAllSegments,
  getAListOfMeasuresMetadata,
  getMetadataForAMeasure,
  getAllDataSources,
  getListOfRecentWorkflowJobs,
  getAWorkflowJobInformation,
  getWorkflowStatus,
];
