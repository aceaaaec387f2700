/**
 * A throttling limit as the connector's documentation page writes it (Name | Calls | Renewal
 * Period). Kept free of imports: the published package ships it with `throttlingPolicies`.
 */
export interface ThrottlingPolicy {
  readonly name: string;
  readonly calls: number;
  readonly renewalPeriodSeconds: number;
}
