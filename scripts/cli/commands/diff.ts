import type { Command } from '../main.js';

// Placeholder until the diff command lands; it reports itself as unavailable rather than pretending.
export const diff: Command = {
  summary: '(not available yet)',
  usage: 'insights-connector diff',
  async run() {
    process.stderr.write('insights-connector diff: not available in this build\n');
    return 2;
  },
};
