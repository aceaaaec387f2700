import type { Command } from '../main.js';

// Placeholder until the validate command lands; it reports itself as unavailable rather than pretending.
export const validate: Command = {
  summary: '(not available yet)',
  usage: 'insights-connector validate',
  async run() {
    process.stderr.write('insights-connector validate: not available in this build\n');
    return 2;
  },
};
