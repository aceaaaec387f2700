/**
 * Every shell command the READMEs document works as written.
 *
 * Each fenced `sh` block of README.md, generated/README.md and scripts/serve/README.md runs, in
 * document order, through bash in a scratch copy of the checkout (its files as they are, with the
 * checkout's node_modules linked in), against the local mock. A command that exits non-zero, or
 * whose redirected output is empty, fails the test with its file and line.
 *
 * What the Markdown marks and what the test adapts:
 * - `<!-- needs-tenant -->` on the line before a fence: the block's commands (paconn, pac, az) need
 *   a Power Platform or Azure tenant. They are not run; their flags are checked against the table of
 *   what each tool accepts (tenant-flags.ts), and the files they open must exist at that point of
 *   the walk. A paconn, pac or az command in an unmarked block fails the test.
 * - `<placeholders>` are filled with the example values below (an unknown one fails the test).
 * - The mock's documented ports (4310, and 4311 for the callback receiver) become free ports, so
 *   the test never collides with an `npm start` already running on this machine.
 * - `npx insights-connector …` and `npm run build` run in this process (same code as the bin, no
 *   process start per command); commands that run until stopped (`npm start`, `serve`, the
 *   callback receiver) start as real processes in the background and are stopped at the end.
 * - The walk takes about 40 s (seven builds and a dozen validations), so this is a slow suite;
 *   `.ci/run` runs it as its own step.
 * - `npm install customer-insights-connector` (a consumer installing this package) installs the
 *   scratch copy itself into its node_modules, as TypeScript sources.
 * - `npm ci` and `npm test` are not run here: the scratch copy links the checkout's node_modules
 *   (what `npm ci` installed), and `npm test` is the suite this test is part of. `.ci/run` runs
 *   `npm ci`, and npm test's type check and suite, which a test below checks.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandHelp } from '../../scripts/cli/command.js';
import { commands, main } from '../../scripts/cli/main.js';
import { startServer, type RunningServer } from '../../scripts/serve/server.js';
import { documentedCommands, placeholders, shellWords, type DocumentedCommand } from './markdown-commands.js';
import { checkTenantCommand, TENANT_TOOLS } from './tenant-flags.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READMES = ['README.md', 'generated/README.md', 'scripts/serve/README.md'];

/** What a reader types for each placeholder. */
const EXAMPLE_VALUES: Record<string, string> = {
  'client id': '12345678-aaaa-bbbb-cccc-1234567890ab',
  'environment id': 'Default-11111111-2222-3333-4444-555555555555',
  'connector id': 'shared_customer-20insights-5f0123456789abcdef',
  'support address': 'support@example.com',
};
/** Documented ports → the test's own. */
const MOCK_PORT = '4310';
const RECEIVER_PORT = '4311';
/** Commands that run until stopped: started in the background, with the port the test chose. */
const LONG_RUNNING: { pattern: RegExp; port: 'mock' | 'receiver' }[] = [
  { pattern: /^npm start\b/, port: 'mock' },
  { pattern: /^npx insights-connector serve\b/, port: 'mock' },
  { pattern: /^npx tsx scripts\/serve\/callback-receiver\.ts\b/, port: 'receiver' },
];
const NOT_RUN = ['npm ci', 'npm test'];
const OWN_NAME = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string }).name;
const TENANT_TOOL = new RegExp(`(^|[;&|(]\\s*)(${Object.keys(TENANT_TOOLS).join('|')})\\s`);

interface Outcome {
  command: DocumentedCommand;
  code: number | undefined;
  stdout: string;
  stderr: string;
  /** Files a tenant command names that did not exist when the walk reached it. */
  missing: string[];
  tenantProblems: string[];
}

let scratch: string;
let work: string;
let runner: Server;
let mock: RunningServer;
const outcomes = new Map<string, Outcome[]>();
/** Each command's help spec, for the flags of its own commands in needs-tenant blocks. */
const loadedHelp = new Map<string, CommandHelp>();

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'readme-commands-'));
  work = path.join(scratch, 'project');
  copyCheckout(work);
  mkdirSync(path.join(scratch, 'bin'));
  runner = await startInProcessRunner();
  writeShims(path.join(scratch, 'bin'), `http://127.0.0.1:${(runner.address() as { port: number }).port}/`);
  mock = await startServer({ port: 0 });
  for (const [name, entry] of Object.entries(commands)) loadedHelp.set(name, (await entry.load()).help);
  for (const file of READMES) outcomes.set(file, await walk(file));
}, 120_000);

afterAll(async () => {
  await mock?.close();
  await new Promise((resolve) => runner?.close(resolve));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.each(READMES)('%s', (file) => {
  it('documents shell commands, and each runnable one works as written', () => {
    const results = outcomes.get(file)!;
    expect(results.length).toBeGreaterThan(0);
    const failures = results
      .filter((r) => !r.command.needsTenant && !skipped(r.command.text))
      .flatMap((r) => {
        const problems: string[] = [];
        if (TENANT_TOOL.test(r.command.text)) problems.push(`needs a tenant: put ${'<!-- needs-tenant -->'} on the line before its block`);
        else if (r.code !== 0) problems.push(`exited ${r.code ?? 'on a signal'}\n${tail(r.stderr || r.stdout)}`);
        const redirect = /(?:^|\s)>\s*(\S+)\s*$/.exec(r.command.text)?.[1];
        if (r.code === 0 && redirect && !(existsSync(path.join(work, redirect)) && statSync(path.join(work, redirect)).size > 0)) {
          problems.push(`left ${redirect} empty`);
        }
        if (r.code === 0 && /^curl\b/.test(r.command.text) && odataError(r.stdout)) problems.push(`answered an error: ${r.stdout.slice(0, 300)}`);
        return problems.map((p) => `${r.command.file}:${r.command.line}: ${r.command.text}\n  ${p}`);
      });
    expect(failures.join('\n\n')).toBe('');
  });

  it('marks tenant-only commands, which use only flags their tools accept, on files that exist', () => {
    const problems = outcomes
      .get(file)!
      .filter((r) => r.command.needsTenant)
      .flatMap((r) => [...r.tenantProblems, ...r.missing.map((m) => `opens ${m}, which the commands before it did not create`)].map((p) => `${r.command.file}:${r.command.line}: ${p}`));
    expect(problems.join('\n')).toBe('');
  });
});

describe('the docs test itself', () => {
  it('leaves out only commands CI runs: npm ci, and npm test (its type check and suite)', () => {
    const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test).toBe('tsc --noEmit && vitest run');
    expect(ci).toContain('npx tsc --noEmit');
    expect(ci).toMatch(/vitest\.mjs run/);
    const left = [...outcomes.values()].flat().filter((r) => skipped(r.command.text));
    expect(left.map((r) => r.command.text).sort()).toEqual(['npm test']);
  });

  it('catches a command that fails as written, a placeholder it cannot fill and a tenant flag no tool has', async () => {
    const results = await walk(
      'synthetic.md',
      [
        '```sh',
        'npx insights-connector validate no-such-folder',
        'npx insights-connector build --client-id <app registration>',
        'curl -s -H "Authorization: Bearer t" http://127.0.0.1:4310/datasets/no-such-dataset/tables',
        '```',
        '',
        '<!-- needs-tenant -->',
        '```sh',
        'paconn create --settings no-such-settings.json --environment x',
        '```',
      ].join('\n'),
    );
    expect(results.map((r) => r.code)).toEqual([2, 2, 0, undefined]);
    expect(results[1]!.stderr).toContain('no example value for <app registration>');
    expect(odataError(results[2]!.stdout)).toBe(true);
    expect(results[3]!.tenantProblems).toEqual(['paconn create does not accept --environment']);
    expect(results[3]!.missing).toEqual(['no-such-settings.json']);
  });

  it('checks tenant flags against the table: an unknown flag or subcommand is a problem', () => {
    expect(checkTenantCommand(shellWords('paconn create --settings settings.json -w --secret "x y"'))).toEqual({ problems: [], files: ['settings.json'] });
    expect(checkTenantCommand(shellWords('paconn create --environment e')).problems).toEqual(['paconn create does not accept --environment']);
    expect(checkTenantCommand(shellWords('pac connector delete --connector-id x')).problems[0]).toMatch(/no subcommand/);
    expect(checkTenantCommand(shellWords('pac connector update --connector-id x -pf props.json')).files).toEqual(['props.json']);
    expect(checkNeedsTenant('T=$(az account get-access-token --resource r --bogus) npx insights-connector probe --backend u --tokn x').problems).toEqual([
      'az account get-access-token does not accept --bogus',
      'insights-connector probe does not accept --tokn',
    ]);
  });
});

/**
 * A command of a needs-tenant block: each tool it calls (also inside `$(…)` or after `&&`), with
 * leading `VAR=value` assignments set aside, must be a tenant tool whose flags the table has, or
 * this project's own command line, whose flags its help spec has.
 */
function checkNeedsTenant(text: string): { problems: string[]; files: string[] } {
  const problems: string[] = [];
  const files: string[] = [];
  // A placeholder is one word, whatever it says.
  const words = withoutComment(text).replace(/<[a-z][a-z -]*>/g, 'PLACEHOLDER');
  for (const segment of words.split(/\$\(|\)|&&|\|\||;|\|/)) {
    const words = shellWords(segment.trim());
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    if (words.length === 0) continue;
    if (words[0]! in TENANT_TOOLS) {
      const check = checkTenantCommand(words);
      problems.push(...check.problems);
      files.push(...check.files);
    } else if (words[0] === 'npx' && words[1] === 'insights-connector') {
      problems.push(...ownCommandProblems(words.slice(2)));
    } else {
      problems.push(`'${words[0]}' is neither a tenant tool (${Object.keys(TENANT_TOOLS).join(', ')}) nor insights-connector`);
    }
  }
  return { problems, files };
}

/** Flags of this project's own command line, against the command's help spec. */
function ownCommandProblems(words: string[]): string[] {
  const [name, ...args] = words;
  const entry = name ? commands[name] : undefined;
  if (!entry) return [`insights-connector has no command '${name}'`];
  const help = loadedHelp.get(name!);
  if (!help) return [`insights-connector ${name}: help not loaded`];
  const known = new Set(['--help', '-h', ...Object.entries(help.options).flatMap(([long, o]) => [`--${long}`, ...(o.short ? [`-${o.short}`] : [])])]);
  return args.filter((a) => /^-[A-Za-z-]/.test(a)).map((a) => a.split('=')[0]!).filter((f) => !known.has(f)).map((f) => `insights-connector ${name} does not accept ${f}`);
}

/** The text before an unquoted `#` comment. */
function withoutComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd();
  }
  return text;
}

/** Runs one README's commands in order in the scratch copy; returns what each did. */
async function walk(file: string, markdown = readFileSync(path.join(ROOT, file), 'utf8')): Promise<Outcome[]> {
  const commands = documentedCommands(file, markdown);
  const dir = mkdtempSync(path.join(scratch, 'run-'));
  const ports = { mock: String(file === 'scripts/serve/README.md' ? await freePort() : mock.port), receiver: String(await freePort()) };
  const script: string[] = ['cd "$WORK"'];
  const tenant = new Map<number, { problems: string[]; files: string[] }>();
  commands.forEach((command, n) => {
    if (command.needsTenant) {
      const check = checkNeedsTenant(command.text);
      tenant.set(n, check);
      for (const f of check.files) script.push(`[ -e ${quote(f)} ] || echo ${quote(f)} >> "$D/${n}.missing"`);
      const settings = check.files.find((f) => f.endsWith('settings.json'));
      if (settings) script.push(`[ -e ${quote(settings)} ] && cp ${quote(settings)} "$D/${n}.settings"`);
      return;
    }
    if (skipped(command.text)) return;
    const missing = placeholders(command.text).filter((p) => !(p in EXAMPLE_VALUES));
    if (missing.length > 0) {
      script.push(`echo "no example value for <${missing.join('>, <')}> (add it to EXAMPLE_VALUES)" > "$D/${n}.err"; echo 2 > "$D/${n}.rc"`);
      return;
    }
    let text = command.text.replace(/<([a-z][a-z -]*)>/g, (_, name: string) => EXAMPLE_VALUES[name]!);
    text = text.replaceAll(`127.0.0.1:${MOCK_PORT}`, `127.0.0.1:${ports.mock}`).replaceAll(`127.0.0.1:${RECEIVER_PORT}`, `127.0.0.1:${ports.receiver}`);
    const background = LONG_RUNNING.find((l) => l.pattern.test(text));
    if (background) {
      const port = ports[background.port];
      text = withoutComment(text);
      if (background.port === 'mock' && ports.mock === String(mock.port) && /^npm start$/.test(text)) {
        // This README's commands already have the test's mock on that port: the plain `npm start` it asks for.
        script.push(`echo 'served by the docs test (npm start on ${port})' > "$D/${n}.out"; echo 0 > "$D/${n}.rc"`);
        return;
      }
      script.push(`{ ${text} --port ${port}; } > "$D/${n}.out" 2> "$D/${n}.err" &`, `echo $! >> "$D/pids"`);
      script.push(`for i in $(seq 150); do (exec 3<>/dev/tcp/127.0.0.1/${port}) 2>/dev/null && break; sleep 0.1; done`);
      script.push(`(exec 3<>/dev/tcp/127.0.0.1/${port}) 2>/dev/null && echo 0 > "$D/${n}.rc" || echo 1 > "$D/${n}.rc"`);
      return;
    }
    script.push(`{ ${text}\n} > "$D/${n}.out" 2> "$D/${n}.err"; echo $? > "$D/${n}.rc"`);
  });
  script.push('for p in $(cat "$D/pids" 2>/dev/null); do kill "$p" 2>/dev/null; done', 'wait');
  await runBash(script.join('\n'), dir);
  return commands.map((command, n) => {
    const read = (ext: string) => (existsSync(path.join(dir, `${n}.${ext}`)) ? readFileSync(path.join(dir, `${n}.${ext}`), 'utf8') : '');
    const rc = read('rc').trim();
    const check = tenant.get(n);
    const missing = read('missing').split('\n').filter(Boolean);
    const problems = [...(check?.problems ?? [])];
    const settings = read('settings');
    if (settings) {
      // paconn opens what its settings file names, relative to where it runs.
      const named = JSON.parse(settings) as Record<string, unknown>;
      for (const key of ['apiDefinition', 'apiProperties', 'icon']) {
        const value = named[key];
        if (typeof value === 'string' && !existsSync(path.join(work, value))) problems.push(`its settings file names ${key} ${value}, which does not exist`);
      }
    }
    return { command, code: rc === '' ? undefined : Number(rc), stdout: read('out'), stderr: read('err'), missing, tenantProblems: problems };
  });
}

function runBash(script: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      cwd: work,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, WORK: work, D: dir, PATH: `${path.join(scratch, 'bin')}${path.delimiter}${process.env.PATH}` },
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new Error('the README commands did not finish within 90 s'));
    }, 90_000);
    child.on('exit', () => {
      clearTimeout(timer);
      // Anything the script started and did not stop.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // The group is empty.
      }
      resolve();
    });
    child.on('error', reject);
  });
}

/** The checkout's files as they are now (tracked or new, not ignored), with node_modules linked. */
function copyCheckout(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(from, path.join(to, file));
  }
  // Each installed package linked one by one, so `npm install` of this package can add itself.
  mkdirSync(path.join(to, 'node_modules'));
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(to, 'node_modules', entry));
  }
}

/**
 * `npm install <this package>` in the scratch copy: the checkout becomes the installed package, as
 * its TypeScript sources (the command line runs them through tsx) rather than a compiled dist/.
 */
function selfInstallScript(name: string): string {
  const exports = { '.': './index.ts', './kit': './connector/kit/index.ts' };
  const manifest = JSON.stringify({ name, type: 'module', exports });
  return [
    // Never outside the scratch copy, whatever the environment says.
    '[ -n "${WORK:-}" ] && [ -d "$WORK/node_modules" ] || { echo "docs test: no scratch copy" >&2; exit 1; }',
    `target="$WORK/node_modules/${name}"`,
    'rm -rf "$target" && mkdir "$target" || exit 1',
    'for entry in index.ts connector client generated scripts mocks; do ln -s "$WORK/$entry" "$target/$entry"; done',
    `printf '%s' ${quote(manifest)} > "$target/package.json"`,
  ].join('\n');
}

/**
 * `npx insights-connector …` and `npm run build` in the scratch copy reach this server, which runs
 * the command line's main() here, in the caller's folder and with its CONNECTOR_/INSIGHTS_ variables.
 */
async function startInProcessRunner(): Promise<Server> {
  let queue = Promise.resolve();
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      queue = queue.then(async () => {
        const { cwd, args, env } = JSON.parse(body) as { cwd: string; args: string[]; env: Record<string, string> };
        const result = await runInProcess(cwd, args, env);
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const FORWARDED_ENV = /^(CONNECTOR_|INSIGHTS_)/;

async function runInProcess(cwd: string, args: string[], env: Record<string, string>) {
  const saved = { cwd: process.cwd(), env: Object.fromEntries(Object.entries(process.env).filter(([k]) => FORWARDED_ENV.test(k))) };
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  process.stdout.write = ((chunk: unknown) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: unknown) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  for (const key of Object.keys(saved.env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (FORWARDED_ENV.test(key)) process.env[key] = value;
  let code: number;
  try {
    process.chdir(cwd);
    code = await main(args);
  } catch (error) {
    err.push(`${error instanceof Error ? error.stack : String(error)}\n`);
    code = 70;
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    process.chdir(saved.cwd);
    for (const key of Object.keys(process.env)) if (FORWARDED_ENV.test(key)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function writeShims(bin: string, runnerUrl: string): void {
  const client = path.join(bin, 'in-process.mjs');
  writeFileSync(
    client,
    `const response = await fetch(${JSON.stringify(runnerUrl)}, { method: 'POST', body: JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2), env: Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(CONNECTOR_|INSIGHTS_)/.test(k))) }) });
const { code, stdout, stderr } = await response.json();
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
`,
  );
  const realBin = '"$WORK/bin/insights-connector.mjs"';
  writeFileSync(
    path.join(bin, 'npx'),
    `#!/usr/bin/env bash
case "$1" in
  insights-connector)
    shift
    case "\${1:-}" in serve|gateway) exec node ${realBin} "$@";; esac
    exec node ${JSON.stringify(client)} "$@";;
  tsx) shift; exec "$WORK/node_modules/.bin/tsx" "$@";;
  *) echo "docs test: 'npx $1' is not part of this project" >&2; exit 127;;
esac
`,
    { mode: 0o755 },
  );
  const npm = readFileSync(path.join(import.meta.dirname, 'npm-shim.sh'), 'utf8');
  writeFileSync(
    path.join(bin, 'npm'),
    npm
      .replace('@SELF_INSTALL@', selfInstallScript(OWN_NAME))
      .replace('#!/usr/bin/env bash\n', `#!/usr/bin/env bash\nOWN_NAME=${quote(OWN_NAME)}\nRUNNER_CLIENT=${quote(client)}\n`),
    { mode: 0o755 },
  );
}

/** A command left out entirely (`npm ci && npm run build` still runs: the shim answers `npm ci` and the build runs). */
function skipped(text: string): boolean {
  return NOT_RUN.includes(text.trim());
}

function odataError(text: string): boolean {
  try {
    const value = JSON.parse(text) as { error?: { code?: unknown } };
    return typeof value?.error?.code === 'string';
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-8).map((l) => `    ${l}`).join('\n');
}
