#!/usr/bin/env node
// The command line runs precompiled JavaScript from dist/cli/ (npm run build and prepack write it).
// In a clone whose sources changed since, it runs the TypeScript sources through tsx instead, so a
// change to connector/ or scripts/ is never hidden behind a stale bundle.
import { compiledEntry } from './compiled.mjs';

const entry = compiledEntry(undefined, process.argv.slice(2));
// `build` reports where each part of a connector was defined from stack traces, which must name
// the TypeScript files and lines, not the bundle's.
if (entry && process.argv[2] === 'build') process.setSourceMapsEnabled(true);
let main;
if (entry) {
  ({ main } = await import(entry));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../scripts/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
