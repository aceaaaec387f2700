import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AssembledConnector } from '../../../connector/kit/index.js';
import { TYPES_FILE, buildPackage, writePackage, type FileReport } from '../../build/build.js';
import { summarize } from '../../shared/diagnostic.js';
import type { Command } from '../main.js';
import { oneOf, parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

/** A Power Platform environment id: a GUID, optionally with the `Default-` prefix of default environments. */
const ENVIRONMENT_ID = /^(Default-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONNECTOR_ID = /^[A-Za-z0-9_.-]+$/;

export const build: Command = {
  usage:
    'insights-connector build [--definition FILE] [--out DIR] [--profile custom|certification] [--contact-email ADDRESS]\n' +
    '                         [--environment ID] [--connector-id ID] [--check]\n' +
    '  --contact-email (or CONNECTOR_CONTACT_EMAIL): the publisher\'s support address, which certification asks for;\n' +
    "  --definition: a module whose default export builds a connector with the kit (default: this package's connector/index.ts);\n" +
    '  --environment and --connector-id (or CONNECTOR_ENVIRONMENT / CONNECTOR_ID) go into settings.json for paconn;\n' +
    '  --check writes nothing and exits 1 when the output folder differs from a fresh build.',
  async run(args) {
    const { values, positionals } = parseArgs(args, {
      definition: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      environment: { type: 'string' },
      'connector-id': { type: 'string' },
      'contact-email': { type: 'string' },
      check: { type: 'boolean' },
    });
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
    const outDir = path.resolve(values.out ?? (profile === 'certification' ? 'generated-certification' : 'generated'));
    const settingsFolder = path.relative(process.cwd(), outDir).split(path.sep).join('/');

    const started = performance.now();
    const defineConnector = await loadDefinition(values.definition ?? OWN_CONNECTOR);
    const connector = defineConnector({
      certification: profile === 'certification',
      ...(contactEmail ? { contactEmail } : {}),
    });
    // --check regenerates everything, so it also proves the reused types are what a generation gives.
    const previousTypes = values.check ? undefined : await readFile(path.join(outDir, TYPES_FILE), 'utf8').catch(() => undefined);
    const result = await buildPackage(connector, {
      settingsFolder,
      ...(previousTypes ? { previousTypes } : {}),
      certification: profile === 'certification',
      ...(environment ? { environment } : {}),
      ...(connectorId ? { connectorId } : {}),
    });
    const displayDir = settingsFolder || '.';
    printReports(result.reports);
    const all = summarize(result.reports.flatMap((r) => r.diagnostics));
    if (result.files.size === 0) {
      const missingEmail = result.reports.some((r) => r.diagnostics.some((d) => d.code === 'info-contact' && d.severity === 'error'));
      if (profile === 'certification' && !contactEmail && missingEmail) {
        process.stderr.write(
          "Certification asks for the publisher's support address: pass --contact-email ADDRESS (or set CONNECTOR_CONTACT_EMAIL).\n",
        );
      }
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
    process.stdout.write(
      `Built ${connector.document.info.title} (${profile} profile): ${operations} operations, ` +
        `${Object.keys(connector.document.definitions).length} definitions, ${all.warnings} warning(s) ` +
        `in ${Math.round(performance.now() - started)} ms.\n`,
    );
    return 0;
  },
};

/** This package's own connector, wherever the package is installed. */
const OWN_CONNECTOR = fileURLToPath(new URL('../../../connector/index.ts', import.meta.url));

type DefineConnector = (options: { certification?: boolean; contactEmail?: string }) => AssembledConnector;

async function loadDefinition(file: string): Promise<DefineConnector> {
  const resolved = path.resolve(file);
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes(resolved)) {
      throw new UsageError(`--definition: no such module: ${file}`);
    }
    throw error;
  }
  if (typeof module.default !== 'function') {
    throw new UsageError(`--definition: ${file} has no default export that builds a connector`);
  }
  return module.default as DefineConnector;
}

function printReports(reports: readonly FileReport[]): void {
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const where = d.source ?? `${report.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}`;
      const stream = d.severity === 'error' ? process.stderr : process.stdout;
      stream.write(`${where} - ${d.severity} ${d.code}: ${d.message}\n`);
      stream.write(`    at ${report.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''} ${d.pointer || '(whole file)'}\n`);
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
