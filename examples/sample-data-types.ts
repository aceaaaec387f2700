/**
 * Row types of the entities of one dataset, written by `insights-connector types` from each
 * entity's schema. Do not edit: run the command again when the entities change.
 */

/** Loyalty activities (Annex Cloud) (entity AnnexLoyalty_Activity). */
export interface AnnexLoyalty_Activity {
  /** Activity ID: Identifier of the Loyalty activities (Annex Cloud) item */
  activityId?: string;
  /** Loyalty ID */
  id?: string;
  /** Customer ID */
  CustomerId?: string;
  /** Action ID (int64) */
  actionId?: number;
  /** Action name */
  actionName?: string;
  /** Activity */
  activity?: string;
  /** Credit (int64) */
  credit?: number;
  /** Debit (int64) */
  debit?: number;
  /** Point type */
  pointType?: string;
  /** Order ID */
  orderId?: string;
  /** Amount (double) */
  amount?: number;
  /** Reward code */
  rewardCode?: string;
  /** Activity date (date-time) */
  activityDate?: string;
}

/** Loyalty members (Annex Cloud) (entity AnnexLoyalty_Member). */
export interface AnnexLoyalty_Member {
  /** Loyalty ID: Identifier of the Loyalty members (Annex Cloud) item */
  id?: string;
  /** Customer ID */
  CustomerId?: string;
  /** Site ID */
  siteId?: string;
  /** Email */
  email?: string;
  /** First name */
  firstName?: string;
  /** Last name */
  lastName?: string;
  /** Zip code */
  zipCode?: string;
  /** Birthday (date) */
  birthday?: string;
  /** Opt-in status */
  optInStatus?: string;
  /** Opt-in date (date-time) */
  optInDate?: string;
  /** Active status */
  status?: string;
  /** Available points (int64) */
  availablePoints?: number;
  /** Used points (int64) */
  usedPoints?: number;
  /** Expired points (int64) */
  expiredPoints?: number;
  /** Hold points (int64) */
  holdPoints?: number;
  /** Lifetime points (int64) */
  lifetimePoints?: number;
  /** Current tier */
  currentTier?: string;
  /** Next tier */
  nextTier?: string;
  /** Points to next tier (int64) */
  pointsToNextTier?: number;
  /** Tier achieve date (date) */
  tierAchieveDate?: string;
  /** Loyalty anniversary date (date) */
  loyaltyAnniversaryDate?: string;
}

/** The entity Customer. */
export interface Customer {
  /** Customer ID: Identifier of the Customer item */
  CustomerId?: string;
  /** First name */
  FirstName?: string;
  /** Last name */
  LastName?: string;
  /** Full name */
  FullName?: string;
  /** Email */
  EMail?: string;
  /** Telephone */
  Telephone?: string;
  /** Date of birth (date) */
  DateOfBirth?: string;
  /** City */
  City?: string;
  /** Postal code */
  PostalCode?: string;
  /** Country/region */
  Country?: string;
  /** Loyalty ID */
  LoyaltyId?: string;
  /** Current tier */
  CurrentTier?: string;
  /** Available points (int64) */
  AvailablePoints?: number;
  /** Lifetime points (int64) */
  LifetimePoints?: number;
  /** Created on (date-time) */
  CreatedOn?: string;
}

/** The entity Segments. */
export interface Segments {
  /** Customer ID: Identifier of the Segments item */
  CustomerId?: string;
  /** Segments */
  Segments?: string;
  /** Number of segments (int64) */
  SegmentCount?: number;
}

/** Unified activity (entity UnifiedActivity). */
export interface UnifiedActivity {
  /** Activity ID: Identifier of the Unified activity item */
  ActivityId?: string;
  /** Customer ID */
  CustomerId?: string;
  /** Activity time (date-time) */
  ActivityTime?: string;
  /** Activity type */
  ActivityType?: string;
  /** Activity type display name */
  ActivityTypeDisplay?: string;
  /** Subject */
  Subject?: string;
  /** Source data source */
  SourceDataSource?: string;
  /** Source entity */
  SourceEntity?: string;
  /** Amount (double) */
  Amount?: number;
  /** Points (int64) */
  Points?: number;
}

/** Entity name → row type, for `createClient<Tables>()`. */
export interface Tables {
  AnnexLoyalty_Activity: AnnexLoyalty_Activity;
  AnnexLoyalty_Member: AnnexLoyalty_Member;
  Customer: Customer;
  Segments: Segments;
  UnifiedActivity: UnifiedActivity;
}
