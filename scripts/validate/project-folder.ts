/**
 * A project folder is not a connector folder: it holds the source and the build writes the
 * connector somewhere below it. `validate .` at a project's root means "the connector this project
 * deploys", so it is resolved to, in order:
 *
 * 1. for the certification profile, `generated-certification/` (where `build --profile
 *    certification` writes) when it exists: that is what is submitted, not what paconn deploys;
 * 2. the files its paconn `settings.json` names (what `paconn create --settings settings.json`
 *    would deploy from there);
 * 3. the build's output folder, `generated/`.
 *
 * A project is a folder with a package.json and no swagger of its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SWAGGER_NAME = /^apidefinition\.swagger\.(json|ya?ml)$/i;
const BUILD_OUTPUT = 'generated';
const CERTIFICATION_OUTPUT = 'generated-certification';

export type ProjectConnector =
  /** Files to validate together as one connector, each relative to the current folder. */
  | { kind: 'settings'; settings: string; apiDefinition: string; apiProperties?: string }
  | { kind: 'folder'; folder: string };

export function projectConnector(folder: string, profile: 'custom' | 'certification' = 'custom'): ProjectConnector | undefined {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  if (!names.includes('package.json') || names.some((n) => SWAGGER_NAME.test(n))) return undefined;

  if (profile === 'certification') {
    const submitted = buildOutput(folder, CERTIFICATION_OUTPUT);
    if (submitted) return submitted;
  }
  const settings = path.join(folder, 'settings.json');
  if (names.includes('settings.json')) {
    const named = filesNamedBy(settings);
    // paconn opens the paths relative to the folder it runs in: the project folder.
    if (named?.apiDefinition && existsSync(path.join(folder, named.apiDefinition))) {
      return {
        kind: 'settings',
        settings,
        apiDefinition: path.join(folder, named.apiDefinition),
        ...(named.apiProperties && existsSync(path.join(folder, named.apiProperties))
          ? { apiProperties: path.join(folder, named.apiProperties) }
          : {}),
      };
    }
  }
  return buildOutput(folder, BUILD_OUTPUT);
}

function buildOutput(folder: string, name: string): ProjectConnector | undefined {
  const output = path.join(folder, name);
  try {
    if (readdirSync(output).some((n) => SWAGGER_NAME.test(n))) return { kind: 'folder', folder: output };
  } catch {
    // No such build output.
  }
  return undefined;
}

function filesNamedBy(file: string): { apiDefinition?: string; apiProperties?: string } | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return {
      ...(typeof value.apiDefinition === 'string' ? { apiDefinition: value.apiDefinition } : {}),
      ...(typeof value.apiProperties === 'string' ? { apiProperties: value.apiProperties } : {}),
    };
  } catch {
    // An unreadable settings file is validated as it is, by the caller's fallback.
    return undefined;
  }
}
