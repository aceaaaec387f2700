/**
 * `probe`: exercise a connector against a live backend as the flow designer does. Works on any
 * connector; what a particular backend offers beyond the connector (a way to fire events) comes
 * in through `ProbeHooks`.
 */
export { runProbe, type ProbeOptions } from './run.js';
export { loadConnector, fromAssembled, ConnectorInputError, type ProbeConnector } from './load-connector.js';
export { formatJson, formatText } from './format-text.js';
export { probeLimits } from './limits.js';
export type * from './types.js';
