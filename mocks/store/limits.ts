/**
 * Every bound the mock backend puts on what a caller can make it hold or send, in one place. The
 * throttle limits calls per token, but a caller can mint tokens freely, so memory is bounded here,
 * per connection and in total. Exceeding a limit is a 4xx with an OData error, never a 5xx:
 * 413 for something too large, 400 for an answer that would be too large, 429 for a quota.
 * Documented in README.md ("Limits"); each one is tested in mocks/store/limits.test.ts.
 */
export interface BackendLimits {
  /** Largest accepted request body in bytes (413 `PayloadTooLarge`). */
  maxBodyBytes: number;
  /** Longest accepted subscription callback URL, in characters (413 `CallbackUrlTooLong`). */
  maxCallbackUrlLength: number;
  /** Subscriptions one bearer token may hold at once (429 `SubscriptionQuotaExceeded`). */
  maxSubscriptionsPerConnection: number;
  /** Subscriptions the backend holds at once, all connections together (429 `SubscriptionQuotaExceeded`). */
  maxSubscriptionsTotal: number;
  /** Rows one entity may hold, including the data it was loaded with (429 `TableFull` on Create item). */
  maxItemsPerTable: number;
  /** Bytes of item JSON written through Create/Update item, per entity (429 `TableFull`). */
  maxWrittenBytesPerTable: number;
  /** Largest Get items answer in bytes (400 `ResponseTooLarge`: ask for a smaller `$top` or a `$select`). */
  maxResponseBytes: number;
}

export const defaultLimits: Readonly<BackendLimits> = Object.freeze({
  maxBodyBytes: 1024 * 1024,
  maxCallbackUrlLength: 4096,
  maxSubscriptionsPerConnection: 100,
  maxSubscriptionsTotal: 1000,
  maxItemsPerTable: 1_000_000,
  maxWrittenBytesPerTable: 16 * 1024 * 1024,
  maxResponseBytes: 16 * 1024 * 1024,
});

/** The defaults with `overrides` applied; each value must be a positive whole number. */
export function resolveLimits(overrides: Partial<BackendLimits> = {}): BackendLimits {
  const limits = { ...defaultLimits };
  for (const [name, value] of Object.entries(overrides) as [keyof BackendLimits, number | undefined][]) {
    if (value === undefined) continue;
    if (!(name in defaultLimits)) throw new TypeError(`Unknown backend limit '${name}'`);
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`Backend limit '${name}' must be a positive whole number, got ${String(value)}`);
    limits[name] = value;
  }
  return limits;
}
