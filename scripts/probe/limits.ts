/**
 * The probe's limits, as data: no backend can make it hang, or hold an unbounded answer in memory.
 */
export const probeLimits = Object.freeze({
  /** One call to the backend may take this long before it counts as failed. */
  requestTimeoutMs: 30_000,
  /** Answers larger than this are not read to the end; the call fails. */
  maxAnswerBytes: 5 * 1024 * 1024,
  /** After firing an event, how long to wait for the notification on the local receiver. */
  notificationWaitMs: 5_000,
  /** Notification bodies larger than this are refused by the receiver. */
  maxNotificationBytes: 1024 * 1024,
  /** `$top` sent to every GET action that has one: enough items to check, few enough to be quick. */
  top: 3,
  /** Characters of an answer excerpt shown in a failure. */
  excerptChars: 400,
  /** Schema mismatches reported per answer (the first ones; the rest are counted). */
  failuresPerAnswer: 5,
});

/**
 * The pace when a connector documents no throttling limit: the number Microsoft gives for a
 * connection's API calls (100 per 60 seconds).
 */
export const defaultPacing = Object.freeze([Object.freeze({ name: 'API calls per connection', calls: 100, renewalPeriodSeconds: 60 })]);
