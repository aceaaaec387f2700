/** Why the status-report operations answer 501 through the gateway. */
export const STATUS_REPORT_REASON =
  "the Customer Insights REST API has no report types and no operation that sends a status report (none of its 60 operations does), so there is nothing to map this to; use the instance's System > Status page, or its workflow history (GET /instances/{id}/workflows/main/history)";
