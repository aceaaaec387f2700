/**
 * Trigger payloads, field for field as the connector's definitions (seed 000) name them. They are
 * declared here rather than imported from generated/ so the store does not depend on the build;
 * the contract tests check them against the emitted swagger.
 */

export interface DataSourcePayload {
  RefreshType?: string;
  RefreshObjectId?: string;
  RefreshObjectVersion?: number;
  Operation?: string;
  JobType?: string;
  ErrorCode?: string;
  ErrorMessage?: string;
  ErrorSeverity?: string;
  StartTimeUtc?: string;
  EndTimeUtc?: string;
}

export interface DataSourcesListPayload {
  value: DataSourcePayload[];
}

export interface SegmentDataPayload {
  Name: string;
  DisplayName: string;
  EvaluationDate: string;
  EntityCount: number;
  Threshold: number;
}

export interface MeasureDataPayload {
  Name: string;
  DisplayName: string;
  EvaluationDate: string;
  Value: number;
  ValueDisplayName: string;
  Threshold: number;
}

export interface FullRefreshProcessDataPayload {
  NumberOfFailedTasks: number;
  StartTime: string;
  EndTime: string;
  Duration: number;
  Status: string;
  StatusPage: string;
}

export interface ProcessDataPayload {
  StartTime: string;
  EndTime: string;
  Duration: number;
  Status: string;
  StatusPage: string;
}

export type TriggerPayload =
  | DataSourcesListPayload
  | SegmentDataPayload
  | MeasureDataPayload
  | FullRefreshProcessDataPayload
  | ProcessDataPayload;
