/**
 * Long-running commands (`serve`, `gateway`) run until SIGINT or SIGTERM. The first signal runs
 * `stop` and the promise settles with it; the handlers are removed first, so a second Ctrl-C while
 * closing hangs nothing: it ends the process as Node does by default.
 */
export function untilStopped(stop: (signal: NodeJS.Signals) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop(signal).then(resolve, reject);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
