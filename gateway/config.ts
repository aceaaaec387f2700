/**
 * The gateway's configuration file (`--config FILE`, JSON or YAML) and the environment it reads.
 *
 * Secrets never live in the file: a subscription key is named by the environment variable that
 * holds it (`subscriptionKeyEnv`), and a field that looks like a literal secret is refused. The
 * file also overrides REST routes (the API's paths drifted between the 2021 client libraries and
 * the 2024 documentation), the callback host allow-list, poll intervals and paging ceilings.
 *
 * Every problem is reported with the file and the JSON pointer of the value, and nothing starts.
 */
import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { defaultGetItemsLimits, type GetItemsLimits } from './mappings/context.js';

/** The REST routes the gateway calls, relative to the API URL. */
export interface RestRoutes {
  instances: string;
  instance: string;
  entities: string;
  entity: string;
  data: string;
  dataItem: string;
  measures: string;
  segments: string;
  dataSources: string;
  workflowJobs: string;
  workflowStatus: string;
}

/** The code model's paths (the 2021 client libraries). */
export const defaultRoutes: RestRoutes = {
  instances: '/instances',
  instance: '/instances/{instanceId}',
  entities: '/instances/{instanceId}/manage/entities',
  entity: '/instances/{instanceId}/manage/entities/{entityName}',
  data: '/instances/{instanceId}/data/{entityName}',
  dataItem: '/instances/{instanceId}/data/{entityName}/{entityId}',
  measures: '/instances/{instanceId}/manage/measures',
  segments: '/instances/{instanceId}/manage/segments',
  dataSources: '/instances/{instanceId}/manage/datasources',
  workflowJobs: '/instances/{instanceId}/workflows/main/jobs',
  workflowStatus: '/instances/{instanceId}/workflows/main/status',
};

/** The placeholders each route must keep (and may not exceed). */
const routeParameters: Record<keyof RestRoutes, readonly string[]> = {
  instances: [],
  instance: ['instanceId'],
  entities: ['instanceId'],
  entity: ['instanceId', 'entityName'],
  data: ['instanceId', 'entityName'],
  dataItem: ['instanceId', 'entityName', 'entityId'],
  measures: ['instanceId'],
  segments: ['instanceId'],
  dataSources: ['instanceId'],
  workflowJobs: ['instanceId'],
  workflowStatus: ['instanceId'],
};

export { DEFAULT_API_URL, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STORE } from './defaults.js';
/** The environment variable of the subscription key when the file names no other. */
export const DEFAULT_SUBSCRIPTION_KEY_ENV = 'CI_SUBSCRIPTION_KEY';

/**
 * Where Logic Apps and Power Automate post from: the callback URLs the platform hands a webhook
 * trigger are on these hosts (`*.` = any subdomain).
 */
export const defaultCallbackHosts: readonly string[] = [
  '*.logic.azure.com',
  '*.logic.azure.us',
  '*.logic.azure.cn',
  '*.flow.microsoft.com',
  '*.powerautomate.com',
  '*.azure-apim.net',
  '*.api.powerplatform.com',
];

/** Where partition files live: Azure Data Lake Storage Gen2 and Blob storage. */
export const defaultPartitionHosts: readonly string[] = ['*.dfs.core.windows.net', '*.blob.core.windows.net'];

export interface GatewayConfig {
  /** The file it came from, for messages; undefined for the built-in defaults. */
  file?: string;
  /** The environment variable holding the subscription key of instances not listed in `instances`. */
  subscriptionKeyEnv: string;
  /** Per instance id (lower case): the environment variable of its key. */
  instanceKeyEnv: Record<string, string>;
  routes: RestRoutes;
  callbackHosts: readonly string[];
  allowLocalCallbacks: boolean;
  partitionHosts: readonly string[];
  pollIntervals?: { activeMs: number; idleMs: number };
  publicUrl?: string;
  limits: GetItemsLimits;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function defaultConfig(): GatewayConfig {
  return {
    subscriptionKeyEnv: DEFAULT_SUBSCRIPTION_KEY_ENV,
    instanceKeyEnv: {},
    routes: { ...defaultRoutes },
    callbackHosts: defaultCallbackHosts,
    allowLocalCallbacks: false,
    partitionHosts: defaultPartitionHosts,
    limits: { ...defaultGetItemsLimits },
  };
}

const TOP_LEVEL = ['subscriptionKeyEnv', 'instances', 'routes', 'callbackHosts', 'allowLocalCallbacks', 'partitionHosts', 'pollIntervals', 'publicUrl', 'limits'];
const SECRETISH = /key$|secret|password|token|connectionstring/i;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HOST_PATTERN = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

/** Reads and checks a configuration file; throws {@link ConfigError} naming the file and pointer of each problem. */
export function loadConfig(file: string): GatewayConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(file) ? loadYaml(text) : JSON.parse(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
    throw new ConfigError([`${file}${where}: not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`]);
  }
  return parseConfig(raw, file);
}

/** Checks an already parsed configuration document. */
export function parseConfig(raw: unknown, file = '<config>'): GatewayConfig {
  const problems: string[] = [];
  const at = (pointer: string, message: string) => problems.push(`${file}#${pointer}: ${message}`);
  const config = defaultConfig();
  config.file = file;
  if (!isObject(raw)) {
    throw new ConfigError([`${file}#: the configuration must be an object (see gateway/README.md, "Configuration")`]);
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.includes(key)) at(`/${escape(key)}`, secretHint(key) ?? `unknown setting; the settings are ${TOP_LEVEL.join(', ')}`);
  }

  const envName = (pointer: string, value: unknown): string | undefined => {
    if (value === undefined) {
      at(pointer, 'is required: the name of the environment variable that holds the key');
      return undefined;
    }
    if (typeof value !== 'string' || !ENV_NAME.test(value)) {
      at(pointer, `must name an environment variable (letters, digits, _), got ${JSON.stringify(value)}; the key itself belongs in that variable`);
      return undefined;
    }
    return value;
  };

  if (raw['subscriptionKeyEnv'] !== undefined) {
    const name = envName('/subscriptionKeyEnv', raw['subscriptionKeyEnv']);
    if (name) config.subscriptionKeyEnv = name;
  }

  if (raw['instances'] !== undefined) {
    const instances = raw['instances'];
    if (!isObject(instances)) at('/instances', 'must be an object: instance id → { "subscriptionKeyEnv": "VARIABLE" }');
    else
      for (const [id, entry] of Object.entries(instances)) {
        const pointer = `/instances/${escape(id)}`;
        if (!isObject(entry)) {
          at(pointer, 'must be an object with "subscriptionKeyEnv"');
          continue;
        }
        for (const key of Object.keys(entry)) {
          if (key !== 'subscriptionKeyEnv') at(`${pointer}/${escape(key)}`, secretHint(key) ?? 'unknown setting; an instance has only "subscriptionKeyEnv"');
        }
        const name = envName(`${pointer}/subscriptionKeyEnv`, entry['subscriptionKeyEnv']);
        if (name) config.instanceKeyEnv[id.toLowerCase()] = name;
      }
  }

  if (raw['routes'] !== undefined) {
    const routes = raw['routes'];
    if (!isObject(routes)) at('/routes', `must be an object with any of ${Object.keys(defaultRoutes).join(', ')}`);
    else
      for (const [name, template] of Object.entries(routes)) {
        const pointer = `/routes/${escape(name)}`;
        if (!Object.hasOwn(routeParameters, name)) {
          at(pointer, `unknown route; the routes are ${Object.keys(defaultRoutes).join(', ')}`);
          continue;
        }
        const wanted = routeParameters[name as keyof RestRoutes];
        if (typeof template !== 'string' || !template.startsWith('/') || /[?#\s]|\/\//.test(template)) {
          at(pointer, `must be a path starting with '/' without query or spaces, e.g. ${JSON.stringify(defaultRoutes[name as keyof RestRoutes])}`);
          continue;
        }
        const used = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const missing = wanted.filter((p) => !used.includes(p));
        const extra = used.filter((p) => !wanted.includes(p));
        if (missing.length > 0 || extra.length > 0) {
          at(pointer, `must use exactly the placeholders ${wanted.map((p) => `{${p}}`).join(', ') || '(none)'}${extra.length ? `; unknown: ${extra.map((p) => `{${p}}`).join(', ')}` : ''}`);
          continue;
        }
        config.routes[name as keyof RestRoutes] = template;
      }
  }

  const hostList = (key: 'callbackHosts' | 'partitionHosts'): readonly string[] | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      at(`/${key}`, 'must be a list of host names (a leading "*." allows any subdomain)');
      return undefined;
    }
    const hosts: string[] = [];
    value.forEach((host, i) => {
      if (typeof host !== 'string' || !HOST_PATTERN.test(host)) at(`/${key}/${i}`, `must be a host name such as "*.logic.azure.com", got ${JSON.stringify(host)}`);
      else hosts.push(host.toLowerCase());
    });
    return hosts;
  };
  config.callbackHosts = hostList('callbackHosts') ?? config.callbackHosts;
  config.partitionHosts = hostList('partitionHosts') ?? config.partitionHosts;

  if (raw['allowLocalCallbacks'] !== undefined) {
    if (typeof raw['allowLocalCallbacks'] !== 'boolean') at('/allowLocalCallbacks', 'must be true or false');
    else config.allowLocalCallbacks = raw['allowLocalCallbacks'];
  }

  if (raw['publicUrl'] !== undefined) {
    const value = raw['publicUrl'];
    let ok = false;
    if (typeof value === 'string') {
      try {
        const url = new URL(value);
        ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.username === '' && url.password === '';
      } catch {
        ok = false;
      }
    }
    if (!ok) at('/publicUrl', `must be an absolute http(s) URL without query or credentials, e.g. "https://gateway.example.com", got ${JSON.stringify(value)}`);
    else config.publicUrl = (value as string).replace(/\/+$/, '');
  }

  if (raw['pollIntervals'] !== undefined) {
    const value = raw['pollIntervals'];
    if (!isObject(value)) at('/pollIntervals', 'must be an object { "activeSeconds": 30, "idleSeconds": 300 }');
    else {
      const active = seconds(value, 'activeSeconds', 30, 5, 3_600, at);
      const idle = seconds(value, 'idleSeconds', 300, 5, 86_400, at);
      for (const key of Object.keys(value)) if (key !== 'activeSeconds' && key !== 'idleSeconds') at(`/pollIntervals/${escape(key)}`, 'unknown setting; use activeSeconds and idleSeconds');
      if (active !== undefined && idle !== undefined) config.pollIntervals = { activeMs: active * 1000, idleMs: idle * 1000 };
    }
  }

  if (raw['limits'] !== undefined) {
    const value = raw['limits'];
    if (!isObject(value)) at('/limits', 'must be an object { "maxRows": 2000, "maxCalls": 20 }');
    else {
      for (const key of Object.keys(value)) if (key !== 'maxRows' && key !== 'maxCalls') at(`/limits/${escape(key)}`, 'unknown setting; use maxRows and maxCalls');
      const maxRows = whole(value, 'maxRows', 1, 100_000, at);
      const maxCalls = whole(value, 'maxCalls', 1, 1_000, at);
      if (maxRows !== undefined) config.limits.maxRows = maxRows;
      if (maxCalls !== undefined) config.limits.maxCalls = maxCalls;
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The subscription key for an instance, from the environment the configuration names. */
export function subscriptionKeys(config: GatewayConfig, env: NodeJS.ProcessEnv): (instanceId?: string) => string | undefined {
  const fallback = () => nonEmpty(env[config.subscriptionKeyEnv]);
  const perInstance = Object.values(config.instanceKeyEnv);
  return (instanceId) => {
    if (instanceId !== undefined) {
      const name = config.instanceKeyEnv[instanceId.toLowerCase()];
      if (name !== undefined) return nonEmpty(env[name]);
      return fallback();
    }
    // `GET /instances` belongs to no instance: the default key, else the only configured one.
    return fallback() ?? (perInstance.length === 1 ? nonEmpty(env[perInstance[0]!]) : undefined);
  };
}

/** Environment problems that stop the gateway: a variable the file names that is not set. */
export function environmentProblems(config: GatewayConfig, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const [id, name] of Object.entries(config.instanceKeyEnv)) {
    if (!nonEmpty(env[name])) problems.push(`${config.file ?? '<config>'}#/instances/${escape(id)}/subscriptionKeyEnv: the environment variable ${name} is not set`);
  }
  if (config.file !== undefined && config.subscriptionKeyEnv !== DEFAULT_SUBSCRIPTION_KEY_ENV && !nonEmpty(env[config.subscriptionKeyEnv])) {
    problems.push(`${config.file}#/subscriptionKeyEnv: the environment variable ${config.subscriptionKeyEnv} is not set`);
  }
  return problems;
}

function seconds(value: Record<string, unknown>, key: string, fallback: number, min: number, max: number, at: (p: string, m: string) => void): number | undefined {
  if (value[key] === undefined) return fallback;
  const n = value[key];
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
    at(`/pollIntervals/${key}`, `must be a number of seconds from ${min} to ${max}, got ${JSON.stringify(n)}`);
    return undefined;
  }
  return n;
}

function whole(value: Record<string, unknown>, key: string, min: number, max: number, at: (p: string, m: string) => void): number | undefined {
  if (value[key] === undefined) return undefined;
  const n = value[key];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    at(`/limits/${key}`, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(n)}`);
    return undefined;
  }
  return n;
}

function secretHint(key: string): string | undefined {
  return SECRETISH.test(key)
    ? `looks like a secret; secrets come from the environment only: name the variable that holds it with "subscriptionKeyEnv" (app credentials use AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET)`
    : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** RFC 6901 escaping of one pointer segment. */
function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
