/**
 * Webhook subscriptions of the connector's triggers (subscribe = POST …/subscriptions/{trigger}).
 * A subscription belongs to the connection (bearer token) that made it: only that token can
 * remove it, and its id is 128 random bits, so knowing one id tells nothing about another.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from './errors.js';
import { defaultLimits, type BackendLimits } from './limits.js';

/** The path segment after `/subscriptions/` for each trigger. */
export const triggerKinds = [
  'datasourcerefreshcompleted',
  'datasourcerefreshfailed',
  'fullrefreshcompleted',
  'measurethresholdcrossed',
  'segmentthresholdcrossed',
  'processcompleted',
] as const;

export type TriggerKind = (typeof triggerKinds)[number];

export interface SubscriptionInput {
  instance: string;
  kind: TriggerKind;
  callbackUrl: string;
  /** The bearer token of the connection that subscribed. */
  connection: string;
  measure?: string;
  segment?: string;
  threshold?: number;
  process?: string;
  includingManualRefreshes?: boolean;
}

export interface Subscription extends SubscriptionInput {
  id: string;
  createdAt: string;
}

/** 128 random bits written as a GUID (8-4-4-4-12 hex digits), the shape Customer Insights ids have. */
export function randomGuid(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type SubscriptionLimits = Pick<BackendLimits, 'maxSubscriptionsPerConnection' | 'maxSubscriptionsTotal'>;

export class SubscriptionRegistry {
  private readonly byId = new Map<string, Subscription>();
  private readonly perConnection = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly limits: SubscriptionLimits = defaultLimits,
  ) {}

  /** Registers a subscription; 429 `SubscriptionQuotaExceeded` when its connection or the backend holds the most allowed. */
  add(input: SubscriptionInput): Subscription {
    const held = this.perConnection.get(input.connection) ?? 0;
    if (held >= this.limits.maxSubscriptionsPerConnection) {
      throw new ApiError(429, 'SubscriptionQuotaExceeded', `This connection already holds ${held} subscriptions, the most allowed (${this.limits.maxSubscriptionsPerConnection}); delete some first`);
    }
    if (this.byId.size >= this.limits.maxSubscriptionsTotal) {
      throw new ApiError(429, 'SubscriptionQuotaExceeded', `The backend already holds ${this.byId.size} subscriptions, the most allowed (${this.limits.maxSubscriptionsTotal})`);
    }
    let id = randomGuid();
    while (this.byId.has(id)) id = randomGuid();
    const subscription: Subscription = { ...input, id, createdAt: new Date(this.now()).toISOString() };
    this.byId.set(id, subscription);
    this.perConnection.set(input.connection, held + 1);
    return subscription;
  }

  /** The subscription with this id, only when `connection` made it (another connection's looks absent). */
  get(id: string, connection: string): Subscription | undefined {
    const subscription = this.byId.get(id);
    return subscription?.connection === connection ? subscription : undefined;
  }

  /** Removes the subscription when `connection` made it; `false` when there is none of this connection's. */
  remove(id: string, connection: string): boolean {
    const subscription = this.get(id, connection);
    if (!subscription) return false;
    this.byId.delete(id);
    const held = (this.perConnection.get(connection) ?? 1) - 1;
    if (held <= 0) this.perConnection.delete(connection);
    else this.perConnection.set(connection, held);
    return true;
  }

  /** Subscriptions of one trigger on one instance, oldest first. */
  find(instance: string, kind: TriggerKind): Subscription[] {
    return [...this.byId.values()].filter((s) => s.instance === instance && s.kind === kind);
  }

  all(): Subscription[] {
    return [...this.byId.values()];
  }

  clear(): void {
    this.byId.clear();
    this.perConnection.clear();
  }
}
