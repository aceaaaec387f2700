/**
 * Where the mock backend listens, apart from server.ts so that `insights-connector serve --help`
 * can name it without loading the server (msw and the mock backend).
 */

/** The port `insights-connector serve` listens on when no `--port` is given. */
export const DEFAULT_PORT = 4310;

/** The only address the server binds: the mock holds no secrets, but it is nobody else's business. */
export const HOST = '127.0.0.1';
