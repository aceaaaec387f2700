/**
 * The gateway's defaults, apart from config.ts so that `insights-connector gateway --help` can name
 * them without loading the configuration loader (and, through it, the REST mappings and msw).
 */
export const DEFAULT_API_URL = 'https://api.ci.ai.dynamics.com/v1';
export const DEFAULT_PORT = 4320;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_STORE = 'sqlite:gateway.db';
