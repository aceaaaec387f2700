/** Thrown by a command for bad arguments; the dispatcher prints it with the usage line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
