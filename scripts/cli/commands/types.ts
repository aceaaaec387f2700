/**
 * `insights-connector types --backend URL --dataset ID [--out FILE]`: the row types of a dataset's
 * entities, from the connector's own metadata operation, for `createClient<Tables>()`.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from '../../../client/create-client.js';
import { emitRowTypes } from '../../../client/row-types/emit.js';
import { readEntitySchemas } from '../../../client/row-types/read-schemas.js';
import type { Command, OptionSpec } from '../command.js';
import { parseArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

/** The variable the token is read from unless --token-env names another. */
const DEFAULT_TOKEN_ENV = 'INSIGHTS_TOKEN';
/** A backend on this machine (`npm start`) accepts any token; this one is obviously not real. */
const LOCAL_TOKEN = 'local-dev-token';
/** Each call gives up after this long, so an unanswering backend cannot hang the command. */
const CALL_TIMEOUT_MS = 30_000;

const options = {
  backend: { type: 'string', value: 'URL', description: "the backend that serves the connector's API, e.g. http://127.0.0.1:4310 (npm start)" },
  dataset: { type: 'string', value: 'ID', description: 'the instance whose entities to type (the Name of a dataset)' },
  out: { type: 'string', value: 'FILE', description: 'the .ts file to write (default: print to stdout)' },
  'token-env': {
    type: 'string',
    value: 'VAR',
    description: `the environment variable holding the bearer token (default: ${DEFAULT_TOKEN_ENV}; optional for a backend on 127.0.0.1)`,
  },
} as const satisfies Record<string, OptionSpec>;

export const types: Command = {
  help: {
    usage: 'types --backend URL --dataset ID [options]',
    options,
    exitCodes: {
      0: 'written: one interface per entity and the Tables map',
      1: 'the backend failed or could not be reached (nothing written)',
      2: 'usage error, a token the backend needs is not set, or an --out file that cannot be written',
    },
    examples: [
      'npx insights-connector types --backend http://127.0.0.1:4310 --dataset 00000000-0000-4000-8000-000000000001 --out src/insights-types.ts',
    ],
  },
  async run(args) {
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (!values.backend) throw new UsageError('--backend URL is required');
    if (!values.dataset) throw new UsageError('--dataset ID is required');
    const backend = parseBackend(values.backend);
    if (values.out !== undefined && (await stat(values.out).catch(() => undefined))?.isDirectory()) {
      throw new UsageError(`--out must name a file, and ${values.out} is a folder`);
    }
    const tokenEnv = values['token-env'] ?? DEFAULT_TOKEN_ENV;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv)) throw new UsageError(`--token-env must name an environment variable, got '${tokenEnv}'`);
    const token = process.env[tokenEnv] || (isLoopback(backend) ? LOCAL_TOKEN : undefined);
    if (!token) throw new UsageError(`set ${tokenEnv} to a bearer token for ${backend.origin} (or name another variable with --token-env)`);

    const client = createClient({
      baseUrl: backend.href.replace(/\/+$/, ''),
      token,
      fetch: (request) => globalThis.fetch(request, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) }),
    });
    let read;
    try {
      read = await readEntitySchemas(client, values.dataset);
    } catch (error) {
      // No answer at all: refused, reset, timed out. The message names no token.
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      process.stderr.write(`insights-connector types: cannot reach ${backend.origin}: ${reason}\n`);
      return 1;
    }
    if ('error' in read) {
      process.stderr.write(`insights-connector types: ${read.error}\n`);
      return 1;
    }
    const text = emitRowTypes(read.entities);
    if (values.out === undefined) {
      process.stdout.write(text);
      return 0;
    }
    try {
      await writeAtomically(values.out, text);
    } catch (error) {
      process.stderr.write(`insights-connector types: cannot write ${values.out}: ${(error as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`insights-connector types: wrote ${values.out} (${read.entities.length} entities)\n`);
    return 0;
  },
};

function parseBackend(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--backend must be an http or https URL, got '${raw}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--backend must be an http or https URL, got '${raw}'`);
  if (url.username || url.password) throw new UsageError('--backend must not carry credentials; give the token through the environment');
  return url;
}

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** A half-written types file would break the caller's build; the old file stays until the new one is complete. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const staging = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(staging, text);
    await rename(staging, target);
  } finally {
    await rm(staging, { force: true });
  }
}
