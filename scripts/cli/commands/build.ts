import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AssembledConnector } from '../../../connector/kit/index.js';
// The pipeline (swagger-parser, the validator, the type generator) is loaded by run(), so `build --help` stays instant.
import type { FileReport } from '../../build/build.js';
import { DefinitionError, describeFailure, locationIn, pathKind } from '../../build/definition-error.js';
import { DEPLOY_API_PROPERTIES_FILE, deploymentFiles } from '../../build/deployment.js';
import { summarize } from '../../core/diagnostic.js';
import { formatDiagnostic } from '../../validate/formatters/text.js';
import type { Command, OptionSpec } from '../command.js';
import { isPackageSpecifier, missingModule, packageOf } from '../../core/missing-module.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { provideOwnPackage } from './own-package.js';
import { UsageError } from '../usage-error.js';

/** A Power Platform environment id: a GUID, optionally with the `Default-` prefix of default environments. */
const ENVIRONMENT_ID = /^(Default-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONNECTOR_ID = /^[A-Za-z0-9_.-]+$/;

const options = {
  definition: {
    type: 'string',
    value: 'FILE',
    description: "a module whose default export builds a connector with the kit (default: this package's connector/index.ts)",
  },
  out: { type: 'string', value: 'DIR', description: 'the output folder (default: generated, or generated-certification for that profile)' },
  profile: { type: 'string', value: 'custom|certification', description: 'the rule set to build against (default: custom)' },
  'contact-email': {
    type: 'string',
    value: 'ADDRESS',
    env: 'CONNECTOR_CONTACT_EMAIL',
    description: "the publisher's support address; the certification profile requires it",
  },
  environment: {
    type: 'string',
    value: 'ID',
    env: 'CONNECTOR_ENVIRONMENT',
    description: 'deploy-time: the Power Platform environment id, written to the --settings file (not the output folder)',
  },
  'connector-id': {
    type: 'string',
    value: 'ID',
    env: 'CONNECTOR_ID',
    description: 'deploy-time: the id of the connector paconn update replaces, written to the --settings file',
  },
  'client-id': {
    type: 'string',
    value: 'GUID',
    env: 'CONNECTOR_CLIENT_ID',
    description: `deploy-time: your app registration's client id, in ${DEPLOY_API_PROPERTIES_FILE} beside the --settings file`,
  },
  settings: {
    type: 'string',
    value: 'FILE',
    description: 'where deploy-time values go, for paconn --settings (default: settings.json, git-ignored)',
  },
  check: { type: 'boolean', description: 'write nothing; exit 1 when the output folder differs from a fresh build' },
  quiet: { type: 'boolean', short: 'q', description: 'print errors only: hide info and warning findings' },
} as const satisfies Record<string, OptionSpec>;

export const build: Command = {
  help: {
    usage: 'build [options]',
    options,
    exitCodes: {
      0: 'built (or, with --check, the output folder is up to date)',
      1: 'the definition has errors, does not compile or throws (nothing written), or --check found stale files',
      2: 'usage error: a --definition that is no file, an --out that is no folder',
    },
    examples: ['npx insights-connector build', 'npx insights-connector build --check', 'npx insights-connector build --profile certification --contact-email support@example.com'],
  },
  async run(args) {
    try {
      return await runBuild(args);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      process.stderr.write(`${error.location}: ${error.message}\nBuild failed: the definition has errors. Nothing was written.\n`);
      return 1;
    }
  },
};

async function runBuild(args: string[]): Promise<number> {
  const { SETTINGS_FILE, TYPES_FILE, buildPackage, writePackage } = await import('../../build/build.js');
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const profile = oneOf('profile', values.profile, ['custom', 'certification'] as const, 'custom');
    const environment = values.environment ?? process.env.CONNECTOR_ENVIRONMENT ?? undefined;
    const connectorId = values['connector-id'] ?? process.env.CONNECTOR_ID ?? undefined;
    const contactEmail = values['contact-email'] ?? process.env.CONNECTOR_CONTACT_EMAIL ?? undefined;
    if (environment && !ENVIRONMENT_ID.test(environment)) {
      throw new UsageError(`--environment must be an environment id (a GUID, or Default-<GUID>), got '${environment}'`);
    }
    if (connectorId && !CONNECTOR_ID.test(connectorId)) {
      throw new UsageError(`--connector-id must be a connector id such as shared_customer-20insights-5f..., got '${connectorId}'`);
    }
    const clientId = values['client-id'] ?? process.env.CONNECTOR_CLIENT_ID ?? undefined;
    if (clientId && !GUID.test(clientId)) {
      throw new UsageError(`--client-id must be an application (client) id, a GUID, got '${clientId}'`);
    }
    const deploying = Boolean(environment || connectorId || clientId);
    // Flags only: a pipeline that exports CONNECTOR_* for its deploy step still runs --check first.
    const deployFlags = ['environment', 'connector-id', 'client-id', 'settings'] as const;
    if (values.check && deployFlags.some((flag) => values[flag] !== undefined)) {
      throw new UsageError('--check compares the output folder only; give deploy-time values to a build without --check');
    }
    const outDir = path.resolve(values.out ?? (profile === 'certification' ? 'generated-certification' : 'generated'));
    const outKind = pathKind(outDir);
    if (outKind !== 'directory' && outKind !== 'missing') throw new UsageError(`--out must be a folder (or not exist yet); ${values.out} is a ${outKind === 'file' ? 'file' : 'special file'}`);
    const settingsFolder = relative(outDir);

    const started = performance.now();
    const defineConnector = values.definition === undefined ? await ownConnector() : await loadDefinition(values.definition);
    const connector = assembled(values.definition, () =>
      defineConnector({
        certification: profile === 'certification',
        ...(contactEmail ? { contactEmail } : {}),
      }),
    );
    // Said first, before a page of findings: it is an input to give, not a fault of the definition.
    if (profile === 'certification' && !connector.document.info.contact?.email) {
      throw new UsageError(
        "the certification profile needs the publisher's support address: pass --contact-email ADDRESS (or set CONNECTOR_CONTACT_EMAIL)",
      );
    }
    // types.ts is reused while its banner's input hash matches, by --check as by a build, so a check
    // costs no more than a warm build; the test suite compares a full generation with generated/.
    const previousTypes = await readFile(path.join(outDir, TYPES_FILE), 'utf8').catch(() => undefined);
    // The output folder is committed, so it never carries deploy-time values (see deployment.ts).
    const result = await buildPackage(connector, {
      settingsFolder,
      ...(previousTypes ? { previousTypes } : {}),
      certification: profile === 'certification',
    });
    const displayDir = settingsFolder || '.';
    printReports(result.reports, values.quiet === true);
    for (const note of result.notes ?? []) process.stderr.write(`note: ${note}\n`);
    const all = summarize(result.reports.flatMap((r) => r.diagnostics));
    if (result.files.size === 0) {
      process.stderr.write(
        `Build failed: ${all.errors} error(s), ${all.warnings} warning(s). Nothing was written to ${displayDir}/.\n`,
      );
      return 1;
    }

    if (values.check) {
      const stale: string[] = [];
      for (const [name, content] of result.files) {
        const current = await readFile(path.join(outDir, name)).catch(() => undefined);
        if (!current || !current.equals(content)) stale.push(name);
      }
      if (stale.length > 0) {
        process.stderr.write(`${displayDir}/ is stale; run 'npm run build' and commit: ${stale.join(', ')}\n`);
        return 1;
      }
      process.stdout.write(`${displayDir}/ is up to date (${result.files.size} files).\n`);
      return 0;
    }

    await writePackage(outDir, result.files);
    const operations = Object.values(connector.document.paths).reduce((n, item) => n + Object.keys(item).filter((k) => !k.startsWith('x-')).length, 0);
    for (const [name, content] of result.files) {
      process.stdout.write(`  wrote ${displayDir}/${name} (${formatBytes(content.length)})\n`);
    }
    if (deploying && !values.check) {
      const settingsFile = path.resolve(values.settings ?? SETTINGS_FILE);
      const existingSettings = await readFile(settingsFile, 'utf8').catch(() => undefined);
      const files = deploymentFiles({
        settingsFile: relative(settingsFile),
        outputFolder: settingsFolder,
        ...(environment ? { environment } : {}),
        ...(connectorId ? { connectorId } : {}),
        ...(clientId ? { clientId } : {}),
        apiProperties: connector.apiProperties,
        ...(existingSettings !== undefined ? { existingSettings } : {}),
      });
      for (const [name, content] of files) {
        try {
          await mkdir(path.dirname(path.resolve(name)), { recursive: true });
          await writeFile(path.resolve(name), content);
        } catch (error) {
          process.stderr.write(`insights-connector build: cannot write ${name}: ${(error as Error).message}\n`);
          return 2;
        }
        process.stdout.write(`  wrote ${name} (${formatBytes(content.length)}; deploy-time, keep it out of git)\n`);
      }
    }
    process.stdout.write(
      `Built ${connector.document.info.title} (${profile} profile): ${operations} operations, ` +
        `${Object.keys(connector.document.definitions ?? {}).length} definitions, ${all.warnings} warning(s) ` +
        `in ${Math.round(performance.now() - started)} ms.\n`,
    );
    return 0;
}

/** Runs the definition's default export; a throw or anything but a connector is a DefinitionError. */
function assembled(file: string | undefined, define: () => AssembledConnector): AssembledConnector {
  const where = file === undefined ? 'connector/index.ts' : path.resolve(file);
  let connector: unknown;
  try {
    connector = define();
  } catch (error) {
    throw new DefinitionError(`building the connector threw: ${describeFailure(error)}`, locationIn(error, where) ?? where);
  }
  if (connector !== null && typeof (connector as { then?: unknown }).then === 'function') {
    throw new DefinitionError('the default export returned a Promise; it must build the connector and return it directly', where);
  }
  if (connector === null || typeof connector !== 'object' || typeof (connector as { document?: unknown }).document !== 'object') {
    throw new DefinitionError(`the default export returned ${connector === null ? 'null' : typeof connector}, not a connector built with the kit`, where);
  }
  return connector as AssembledConnector;
}

/** A path as paconn, running in this folder, opens it: relative, with forward slashes. */
function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

type DefineConnector = (options: { certification?: boolean; contactEmail?: string }) => AssembledConnector;

/** This package's own connector, wherever the package is installed (compiled into the command line). */
async function ownConnector(): Promise<DefineConnector> {
  return (await import('../../../connector/index.js')).default as DefineConnector;
}

const TYPESCRIPT = /\.[cm]?tsx?$/;
/** A TypeScript file named in an error message (`… for /x/index.ts`, `imported from /x/index.ts`). */
const TYPESCRIPT_FILE = /\.[cm]?tsx?(?=$|[\s'"])/m;
/** What Node answers for TypeScript it cannot run itself (no loader, or type stripping that falls short). */
const NEEDS_TYPESCRIPT_LOADER = new Set([
  'ERR_UNKNOWN_FILE_EXTENSION',
  'ERR_MODULE_NOT_FOUND',
  'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  'ERR_INVALID_TYPESCRIPT_SYNTAX',
  'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING',
]);

/**
 * A definition module. TypeScript is imported as is where something already runs it (the sources
 * under tsx, the test runner); the compiled command line loads tsx for it alone, with source maps
 * on, so findings name the definition's own lines.
 */
async function importDefinition(url: string): Promise<{ default?: unknown }> {
  // A `.ts` file outside any ESM package scope (no package.json, or one without "type": "module")
  // is CommonJS to tsx; importing it as ESM ends in ERR_REQUIRE_CYCLE_MODULE. Load it as CommonJS
  // through tsx: its imports of the kit (ESM) then go through require(esm).
  if (/\.tsx?$/.test(url) && !inModuleScope(fileURLToPath(url))) {
    const tsx = await import('tsx/cjs/api').catch(() => undefined);
    if (tsx) {
      process.setSourceMapsEnabled(true);
      return tsx.require(fileURLToPath(url), import.meta.url) as { default?: unknown };
    }
  }
  try {
    return (await import(url)) as { default?: unknown };
  } catch (error) {
    // TypeScript somewhere in the graph: the definition, or what it imports (the kit's sources, which
    // a JavaScript definition gets in a clone, where own-package.ts points to them).
    const aboutTypeScript = TYPESCRIPT.test(url) || TYPESCRIPT_FILE.test((error as Error | undefined)?.message ?? '');
    if (!aboutTypeScript || !NEEDS_TYPESCRIPT_LOADER.has((error as { code?: string }).code ?? '')) throw error;
    process.setSourceMapsEnabled(true);
    const tsx = await import('tsx/esm/api').catch(() => undefined);
    if (!tsx) {
      throw new UsageError(
        `--definition: this Node.js (${process.versions.node}) cannot run TypeScript itself; install the package 'tsx' ` +
          '(npm install --save-dev tsx), or use a Node.js that strips types (22.18 or newer)',
      );
    }
    return (await tsx.tsImport(url, import.meta.url)) as { default?: unknown };
  }
}

/** Whether the nearest package.json above `file` declares `"type": "module"`. */
function inModuleScope(file: string): boolean {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type === 'module';
      } catch {
        return false;
      }
    }
    if (path.dirname(dir) === dir) return false;
  }
}

async function loadDefinition(file: string): Promise<DefineConnector> {
  const resolved = path.resolve(file);
  const kind = pathKind(resolved);
  if (kind === 'missing') throw new UsageError(`--definition: no such module: ${file}`);
  if (kind !== 'file') throw new UsageError(`--definition must name a module file; ${file} is a ${kind === 'directory' ? 'folder' : 'special file'}`);
  let module: { default?: unknown };
  try {
    provideOwnPackage();
    module = await importDefinition(pathToFileURL(resolved).href);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const missing = missingModule(error);
    if (missing !== undefined && !isPackageSpecifier(missing)) {
      // The definition itself, or a file it imports, is not there (an importer is named too, so
      // the missing name decides which).
      if (sameModule(missing, resolved)) throw new UsageError(`--definition: no such module: ${file}`);
    } else if (missing !== undefined) {
      const name = packageOf(missing);
      throw new DefinitionError(`the definition cannot be loaded: it imports '${missing}', and the package '${name}' is not installed where the definition is (npm install ${name})`, resolved);
    }
    // It does not compile, or it threw while loading: an error of the definition, at its line.
    throw new DefinitionError(`the definition cannot be loaded: ${describeFailure(error)}`, locationIn(error, resolved) ?? resolved);
  }
  // A module without import/export statements loads as CommonJS: its default is module.exports.
  let exported = module.default;
  if (exported !== null && typeof exported === 'object' && typeof (exported as { default?: unknown }).default === 'function') {
    exported = (exported as { default: unknown }).default;
  }
  if (typeof exported !== 'function') {
    const what = exported === null ? 'null' : exported === undefined ? 'missing' : typeof (exported as { then?: unknown }).then === 'function' ? 'a Promise' : typeof exported;
    throw new DefinitionError(`the default export is ${what}; it must be a function that builds a connector with the kit`, resolved);
  }
  return exported as DefineConnector;
}

function sameModule(specifier: string, file: string): boolean {
  return (specifier.startsWith('file:') ? fileURLToPath(specifier) : specifier) === file;
}

/** Errors on stderr, the rest on stdout; `quiet` keeps only the errors. */
function printReports(reports: readonly FileReport[], quiet: boolean): void {
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (quiet && d.severity !== 'error') continue;
      const stream = d.severity === 'error' ? process.stderr : process.stdout;
      stream.write(`${formatDiagnostic(report.file, d, { sourceFirst: true })}\n`);
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
