import type { Command } from '../main.js';

// Placeholder until the serve command lands; it reports itself as unavailable rather than pretending.
export const serve: Command = {
  summary: '(not available yet)',
  usage: 'insights-connector serve',
  async run() {
    process.stderr.write('insights-connector serve: not available in this build\n');
    return 2;
  },
};
