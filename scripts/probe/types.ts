/**
 * The probe's report and its hooks, as data. A report has one entry per operation and one per
 * dynamic parameter (picker or dynamic schema), in the order the flow designer meets them.
 */

export type ProbeStatus = 'pass' | 'fail' | 'skip';

/** A request the probe made, as it can be shown: never the token, never a callback URL. */
export interface ProbeRequest {
  method: string;
  url: string;
  body?: unknown;
}

/** The part of the backend's answer that does not fit. */
export interface ProbeAnswerPart {
  status?: number;
  /** JSON pointer into the answer's body; `""` for the whole body. */
  pointer?: string;
  /** The value found there, cut to a readable size. */
  value?: unknown;
}

export interface ProbeFailure {
  /** JSON pointer into the connector definition (the swagger) of what the answer contradicts. */
  pointer: string;
  message: string;
  /** When the definition's schema came from the backend (x-ms-dynamic-schema), the path inside that resolved schema. */
  resolvedSchemaPath?: string;
  request?: ProbeRequest;
  answer?: ProbeAnswerPart;
}

export type EntryKind = 'operation' | 'picker' | 'dynamic-schema';

export interface ProbeEntry {
  kind: EntryKind;
  operationId: string;
  /** For pickers and dynamic schemas: the parameter name, or `response` / `notification`. */
  parameter?: string;
  /** JSON pointer in the definition of the operation or of the parameter. */
  pointer: string;
  status: ProbeStatus;
  /** Milliseconds spent on this entry's own calls. */
  ms: number;
  /** One line on what happened: choices found, calls made, why it was skipped. */
  detail: string;
  failures: ProbeFailure[];
}

export interface ProbeSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Calls made to the backend (every one through the pacer). */
  calls: number;
  ms: number;
}

export interface ProbeReport {
  backend: string;
  connector: string;
  write: boolean;
  entries: ProbeEntry[];
  summary: ProbeSummary;
}

/** What a hook may send to the backend under probe: paced, signed, and only to that backend. */
export interface BackendAccess {
  readonly url: string;
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export interface TriggerEvent {
  operationId: string;
  /** The values the subscription was made with, by parameter name. */
  values: Readonly<Record<string, unknown>>;
  /** The Location the subscription answered (where it will be deleted). */
  location: string;
}

/**
 * A way to make a backend fire a webhook trigger's event. Backends have no standard for it, so it
 * is supplied by whoever knows the backend (a mock's control surface), never built into the probe.
 */
export interface EventSource {
  /** Shown in the report, e.g. "the mock's control surface". */
  readonly name: string;
  /** Asked once per run: whether this backend offers the way to fire events. */
  available(backend: BackendAccess): Promise<boolean>;
  /** Fires the event `event` listens to; the requests made, or `undefined` when this trigger is not supported. */
  fire(event: TriggerEvent, backend: BackendAccess): Promise<ProbeRequest[] | undefined>;
}

export interface ProbeHooks {
  /** Used only with `write: true`. */
  events?: EventSource;
}
