/** The Azure table of subscriptions when the connection string names none; apart from azure-table.ts so naming it loads no Azure SDK. */
export const DEFAULT_TABLE_NAME = 'gatewaysubscriptions';
