/**
 * `connector-validate.json`: a project's own say over the rules, found next to the connector (in its
 * folder) or given with --config.
 *
 *   {
 *     "rules": { "summary-length": "off", "operation-id-pascal-case": "error" },
 *     "overrides": [ { "files": ["legacy/**"], "rules": { "response-single-schema": "off" } } ]
 *   }
 *
 * Severities are "error", "warning", "info" or "off". `overrides` apply in order to the files their
 * globs match (relative to the config file's folder); a later match wins. A rule the profile does not
 * run can be turned on. Unknown rule ids and bad values are usage errors, with a suggestion.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { loadDocument, isLoadedDocument } from '../core/load-document.js';
import { asArray, asObject } from './context.js';
import { severityFor } from './profiles.js';
import { suggestion } from './suggest.js';
import type { Profile, Rule, RuleSeverity } from './types.js';

export const CONFIG_FILE = 'connector-validate.json';

const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];
/** Bounds on what a config may hold: it is a short hand-written file. */
const MAX_OVERRIDES = 200;
const MAX_GLOBS = 50;

export interface ValidateConfig {
  /** The config file, as given or found. */
  file: string;
  /** Globs are relative to this folder. */
  base: string;
  rules: Record<string, RuleSeverity>;
  overrides: { files: string[]; rules: Record<string, RuleSeverity> }[];
}

export class ConfigError extends Error {}

function severities(value: unknown, where: string, file: string, ids: ReadonlySet<string>): Record<string, RuleSeverity> {
  const object = asObject(value);
  if (value !== undefined && !object) throw new ConfigError(`${file}: ${where} must be an object of rule id → "error", "warning", "info" or "off"`);
  const out: Record<string, RuleSeverity> = {};
  for (const [id, severity] of Object.entries(object ?? {})) {
    if (!ids.has(id)) throw new ConfigError(`${file}: ${where}.${id} is not a rule.${suggestion(id, ids) || ' The rules are listed in README.md.'}`);
    if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
      throw new ConfigError(`${file}: ${where}.${id} is ${JSON.stringify(severity)}; use "error", "warning", "info" or "off"`);
    }
    out[id] = severity as RuleSeverity;
  }
  return out;
}

/** Parses a config text; throws ConfigError naming the file (and line/column for bad JSON). */
export function parseConfig(file: string, text: string, rules: readonly Rule[]): ValidateConfig {
  const loaded = loadDocument(file, text);
  if (!isLoadedDocument(loaded)) {
    throw new ConfigError(`${file}${loaded.line !== undefined ? `:${loaded.line}:${loaded.column ?? 1}` : ''}: ${loaded.message}`);
  }
  const root = asObject(loaded.value);
  if (!root) throw new ConfigError(`${file}: the config must be a JSON object with "rules" and/or "overrides"`);
  for (const key of Object.keys(root)) {
    if (key !== 'rules' && key !== 'overrides' && key !== '$schema') throw new ConfigError(`${file}: unknown key '${key}'; a config has "rules" and "overrides".${suggestion(key, ['rules', 'overrides'])}`);
  }
  const ids = new Set(rules.map((r) => r.id));
  const overridesValue = root.overrides;
  if (overridesValue !== undefined && !Array.isArray(overridesValue)) throw new ConfigError(`${file}: overrides must be an array of {"files": [...], "rules": {...}}`);
  const list = asArray(overridesValue);
  if (list.length > MAX_OVERRIDES) throw new ConfigError(`${file}: at most ${MAX_OVERRIDES} overrides`);
  const overrides = list.map((raw, i) => {
    const entry = asObject(raw);
    const files = asArray(entry?.files);
    if (!entry || files.length === 0 || files.length > MAX_GLOBS || files.some((f) => typeof f !== 'string' || f === '')) {
      throw new ConfigError(`${file}: overrides[${i}].files must be a list of 1 to ${MAX_GLOBS} globs`);
    }
    return { files: files as string[], rules: severities(entry.rules, `overrides[${i}].rules`, file, ids) };
  });
  return { file, base: path.dirname(path.resolve(file)), rules: severities(root.rules, 'rules', file, ids), overrides };
}

export function readConfig(file: string, rules: readonly Rule[]): ValidateConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseConfig(file, text, rules);
}

/** The severity the config gives `rule` for `file`, or undefined when it says nothing. */
export function configuredSeverity(config: ValidateConfig, ruleId: string, file: string): RuleSeverity | undefined {
  const relative = path.relative(config.base, path.resolve(file)).split(path.sep).join('/');
  let severity = config.rules[ruleId];
  for (const override of config.overrides) {
    if (override.rules[ruleId] !== undefined && override.files.some((glob) => minimatch(relative, glob, { dot: true }))) severity = override.rules[ruleId];
  }
  return severity;
}

/**
 * The rules as the config sets them for these files: each rule's severity in `profile` replaced by
 * what the config says for the file it applies to. Returns the same list when the config changes nothing.
 */
export function configuredRules(rules: readonly Rule[], config: ValidateConfig | undefined, profile: Profile, fileOf: (kind: Rule['appliesTo']) => string | undefined): readonly Rule[] {
  if (!config) return rules;
  let changed = false;
  const out = rules.map((rule) => {
    const file = fileOf(rule.appliesTo);
    const severity = file === undefined ? undefined : configuredSeverity(config, rule.id, file);
    if (severity === undefined || severity === severityFor(rule, profile)) return rule;
    changed = true;
    return { ...rule, severity: { ...rule.severity, [profile]: severity } };
  });
  return changed ? out : rules;
}
