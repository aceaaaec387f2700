/**
 * `npx tsx scripts/diff/promote-baseline.ts [version]`: after a release, make the released
 * definition the new baseline. Copies generated/apiDefinition.swagger.json and apiProperties.json
 * into baseline/ and resets baseline/accepted-changes.json to the released version with nothing
 * accepted. The version defaults to the generated swagger's info.version.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promote } from './baseline.js';

const HELP = `promote-baseline: make the released definition in generated/ the new baseline/

Usage: npx tsx scripts/diff/promote-baseline.ts [version]

Arguments:
  version     the released version, e.g. 1.1.0 (default: the info.version of generated/apiDefinition.swagger.json)

Options:
  -h, --help  print this help and exit; touches nothing

Exit codes:
  0  baseline/ now holds the release, with nothing accepted
  2  usage error, or generated/ cannot be read
`;

/** A release version: digits and dots, optionally a pre-release tag; never something flag-like. */
const VERSION = /^\d+(\.\d+)*(-[0-9A-Za-z.-]+)?$/;

export interface Folders {
  generated: string;
  baseline: string;
}

export function promoteBaseline(argv: string[], folders: Folders): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [version, ...extra] = parsed.positionals;
  if (extra.length > 0) return usage(`unexpected argument '${extra[0]}'`);
  if (version !== undefined && !VERSION.test(version)) return usage(`'${version}' is not a version such as 1.1.0`);
  const result = promote(folders.generated, folders.baseline, version);
  if ('error' in result) {
    process.stderr.write(`promote-baseline: ${result.error}\n`);
    return 2;
  }
  process.stdout.write(`baseline/ is now release ${result.version}; commit it: git add baseline && git commit\n`);
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`promote-baseline: ${message}\nRun 'npx tsx scripts/diff/promote-baseline.ts --help' for usage.\n`);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  process.exitCode = promoteBaseline(process.argv.slice(2), { generated: `${root}generated`, baseline: `${root}baseline` });
}
