/**
 * What the tenant-only tools accept, per subcommand: each flag's long and short spellings, and
 * which of them name a file the tool opens (relative to where it runs). A documented command is
 * checked against this table, and its files must exist after the README's runnable commands ran.
 *
 * paconn: tools/paconn-cli/paconn/commands/params.py of microsoft/PowerPlatformConnectors (0.0.21),
 * plus knack's global flags. pac: the `pac auth` and `pac connector` references on
 * learn.microsoft.com (power-platform/developer/cli/reference). az: `az deployment group create
 * --help` and `az account get-access-token --help` (Azure CLI 2.x).
 */

export interface Subcommand {
  /** Every accepted flag, long and short. */
  flags: readonly string[];
  /** The flags whose value is a file to open. */
  files?: readonly string[];
}

const KNACK_GLOBAL = ['--help', '-h', '--verbose', '--debug', '--only-show-errors', '--output', '-o', '--query'];
const AZ_GLOBAL = [...KNACK_GLOBAL, '--subscription'];

export const TENANT_TOOLS: Record<string, Record<string, Subcommand>> = {
  paconn: {
    login: { flags: [...KNACK_GLOBAL, '--clid', '-i', '--tenant', '-t', '--authority_url', '-a', '--resource', '-r', '--settings', '-s', '--force', '-f'], files: ['--settings', '-s'] },
    logout: { flags: KNACK_GLOBAL },
    download: {
      flags: [...KNACK_GLOBAL, '--env', '-e', '--cid', '-c', '--dest', '-d', '--pau', '-u', '--pav', '-v', '--settings', '-s', '--overwrite', '-w'],
      files: ['--settings', '-s'],
    },
    create: {
      flags: [...KNACK_GLOBAL, '--env', '-e', '--api-prop', '-p', '--api-def', '-d', '--icon', '-i', '--script', '-x', '--pau', '-u', '--pav', '-v', '--secret', '-r', '--settings', '-s', '--overwrite-settings', '-w'],
      files: ['--api-prop', '-p', '--api-def', '-d', '--icon', '-i', '--script', '-x', '--settings', '-s'],
    },
    update: {
      flags: [...KNACK_GLOBAL, '--env', '-e', '--api-prop', '-p', '--api-def', '-d', '--icon', '-i', '--script', '-x', '--cid', '-c', '--pau', '-u', '--pav', '-v', '--secret', '-r', '--settings', '-s'],
      files: ['--api-prop', '-p', '--api-def', '-d', '--icon', '-i', '--script', '-x', '--settings', '-s'],
    },
    validate: { flags: [...KNACK_GLOBAL, '--api-def', '-d', '--pau', '-u', '--pav', '-v', '--settings', '-s'], files: ['--api-def', '-d', '--settings', '-s'] },
  },
  pac: {
    'auth create': {
      flags: ['--name', '-n', '--environment', '-env', '--applicationId', '-id', '--clientSecret', '-cs', '--tenant', '-t', '--deviceCode', '-dc', '--username', '-un', '--password', '-p', '--url', '-u', '--cloud', '-ci'],
    },
    'connector create': {
      flags: ['--api-definition-file', '-df', '--api-properties-file', '-pf', '--environment', '-env', '--icon-file', '-if', '--script-file', '-sf', '--settings-file', '--solution-unique-name', '-sol'],
      files: ['--api-definition-file', '-df', '--api-properties-file', '-pf', '--icon-file', '-if', '--script-file', '-sf', '--settings-file'],
    },
    'connector update': {
      flags: ['--connector-id', '-id', '--api-definition-file', '-df', '--api-properties-file', '-pf', '--environment', '-env', '--icon-file', '-if', '--script-file', '-sf', '--settings-file', '--solution-unique-name', '-sol'],
      files: ['--api-definition-file', '-df', '--api-properties-file', '-pf', '--icon-file', '-if', '--script-file', '-sf', '--settings-file'],
    },
  },
  az: {
    'account get-access-token': { flags: [...AZ_GLOBAL, '--resource', '--resource-type', '--scope', '--tenant', '-t'] },
    'deployment group create': {
      flags: [...AZ_GLOBAL, '--resource-group', '-g', '--template-file', '-f', '--template-uri', '-u', '--template-spec', '-s', '--parameters', '-p', '--name', '-n', '--mode', '--no-wait', '--rollback-on-error', '--confirm-with-what-if', '-c', '--what-if', '-w', '--what-if-result-format', '-r', '--what-if-exclude-change-types', '-x', '--proceed-if-no-change', '--no-prompt', '--aux-tenants', '--query-string', '-q', '--handle-extended-json-format', '-j'],
      files: ['--template-file', '-f'],
    },
  },
};

export interface TenantCheck {
  problems: string[];
  /** Files the command opens, relative to where it runs. */
  files: string[];
}

/** Checks one tenant-tool command line (already split into words) against the table. */
export function checkTenantCommand(words: readonly string[]): TenantCheck {
  const [tool, ...rest] = words;
  const subcommands = tool ? TENANT_TOOLS[tool] : undefined;
  if (!subcommands) return { problems: [`'${tool}' is not a tenant tool this test knows (${Object.keys(TENANT_TOOLS).join(', ')})`], files: [] };
  const name = Object.keys(subcommands)
    .sort((a, b) => b.split(' ').length - a.split(' ').length)
    .find((candidate) => candidate.split(' ').every((part, i) => rest[i] === part));
  if (!name) return { problems: [`${tool} has no subcommand '${rest.filter((w) => !w.startsWith('-')).slice(0, 3).join(' ')}' in the table`], files: [] };
  const spec = subcommands[name]!;
  const args = rest.slice(name.split(' ').length);
  const problems: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (!/^-[A-Za-z-]/.test(word)) continue;
    const flag = word.split('=')[0]!;
    if (!spec.flags.includes(flag)) problems.push(`${tool} ${name} does not accept ${flag}`);
    else if (spec.files?.includes(flag)) {
      const value = word.includes('=') ? word.slice(flag.length + 1) : args[i + 1];
      if (value === undefined || value.startsWith('-')) problems.push(`${tool} ${name} ${flag} needs a file`);
      else files.push(value);
    }
  }
  return { problems, files };
}
