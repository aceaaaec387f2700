/**
 * What the gateway keeps about trigger subscriptions, whatever the store behind it: the
 * subscription itself (owner, callback URL, the trigger's parameters), its high-water mark, and
 * the per-instance poll lease that keeps several replicas from polling the same instance.
 */
import type { TriggerKind } from '../../mocks/index.js';

export type { TriggerKind };

/** Who made a subscription: the tenant and object id of the token the REST API accepted. */
export interface Owner {
  tid: string;
  oid: string;
}

/** The trigger's own parameters, as the subscriber gave them (already checked). */
export interface TriggerParameters {
  segment?: string;
  measure?: string;
  threshold?: number;
  process?: string;
  includingManualRefreshes?: boolean;
}

/**
 * How far a subscription has been notified. `undefined` until the first poll records the baseline;
 * the shape depends on the trigger and only the poller reads it, so the store keeps it as JSON.
 */
export type HighWaterMark = Record<string, unknown>;

export interface StoredSubscription {
  /** 128 random bits, 32 lower-case hex digits. */
  id: string;
  /** Lower case: the REST API's instance ids are GUIDs and compare without case. */
  instanceId: string;
  kind: TriggerKind;
  owner: Owner;
  /** A secret (its query carries the platform's signature): stored as given, never logged or returned. */
  callbackUrl: string;
  parameters: TriggerParameters;
  /** Milliseconds since the epoch. */
  createdAt: number;
  mark: HighWaterMark | undefined;
  /** Changes on every write of the mark; a save with a stale version is refused (optimistic concurrency). */
  version: string;
}

export type NewSubscription = Omit<StoredSubscription, 'mark' | 'version'>;

/** The outcome of a guarded mark write. */
export type MarkWrite = { ok: true; version: string } | { ok: false; reason: 'gone' | 'conflict' };

export interface SubscriptionStore {
  add(subscription: NewSubscription): Promise<StoredSubscription>;
  get(id: string): Promise<StoredSubscription | undefined>;
  /** Removes the subscription only when `owner` made it; false otherwise (missing or someone else's). */
  remove(id: string, owner: Owner): Promise<boolean>;
  /** Removes it whoever made it (the callback answered 404/410). */
  drop(id: string): Promise<boolean>;
  /** Subscriptions of one instance, or of all instances. */
  list(instanceId?: string): Promise<StoredSubscription[]>;
  /** Instances that have at least one subscription. */
  instances(): Promise<string[]>;
  /** Writes the mark when the stored version is still `expectedVersion`. */
  saveMark(id: string, mark: HighWaterMark, expectedVersion: string): Promise<MarkWrite>;
  /**
   * Takes or renews the poll lease of an instance for `holder` until `now + ttlMs`. True when
   * `holder` holds it afterwards: it was free, expired, or already `holder`'s.
   */
  acquireLease(instanceId: string, holder: string, ttlMs: number, now: number): Promise<boolean>;
  releaseLease(instanceId: string, holder: string): Promise<void>;
  /** Throws when the store cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
