/**
 * Trigger payloads: the connector's definitions as the generated types give them. The mock fills
 * every field, so each is `Required`; a definition that changes changes these with it.
 */
import type { components } from '../../generated/types.js';

type Schemas = components['schemas'];

export type DataSourcePayload = Schemas['DataSource'];
export type DataSourcesListPayload = Required<Schemas['DataSourcesList']>;
export type SegmentDataPayload = Required<Schemas['SegmentData']>;
export type MeasureDataPayload = Required<Schemas['MeasureData']>;
export type FullRefreshProcessDataPayload = Required<Schemas['FullRefreshProcessData']>;
export type ProcessDataPayload = Required<Schemas['ProcessData']>;

export type TriggerPayload =
  | DataSourcesListPayload
  | SegmentDataPayload
  | MeasureDataPayload
  | FullRefreshProcessDataPayload
  | ProcessDataPayload;
