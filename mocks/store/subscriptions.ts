/** Webhook subscriptions of the connector's triggers (subscribe = POST …/subscriptions/{trigger}). */

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

export class SubscriptionRegistry {
  private readonly byId = new Map<string, Subscription>();
  private sequence = 0;

  constructor(private readonly now: () => number) {}

  add(input: SubscriptionInput): Subscription {
    this.sequence++;
    // Synthetic GUIDs: recognisably fake, stable across runs.
    const id = `5ab5c000-0000-4000-8000-${this.sequence.toString(16).padStart(12, '0')}`;
    const subscription: Subscription = { ...input, id, createdAt: new Date(this.now()).toISOString() };
    this.byId.set(id, subscription);
    return subscription;
  }

  get(id: string): Subscription | undefined {
    return this.byId.get(id);
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
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
  }
}
