#!/usr/bin/env node
// The command line runs the TypeScript sources directly through tsx, so a change to connector/
// is seen by the next `build` without a compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
