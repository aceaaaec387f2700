/**
 * `import`: an existing connector → a kit project whose build gives back the same swagger and
 * apiProperties (as JSON values). What the kit's platform model cannot hold is left out and
 * reported as findings with JSON pointers (fit.ts).
 */
import { readFileSync } from 'node:fs';
import { emitProject } from './emit.js';
import { Fitter, findingJson, importFinding, isObject, leavesSomethingOut } from './fit.js';
import type { ImportFinding, Json } from './fit.js';
import { readConnector } from './read.js';

export type { ImportFinding };
export { findingJson, leavesSomethingOut };
export { ImportInputError } from './read.js';

export interface ImportResult {
  /** Relative file name → content. */
  files: Map<string, Buffer>;
  /** What could not be expressed, and (`not-strict-json`, severity info) what was read leniently. */
  findings: ImportFinding[];
  /** The values the project builds back to (the input less what the findings name). */
  expected: { swagger: Json; apiProperties: Json };
}

/** The apiProperties written when a connector has none: the least the build needs. */
export const DEFAULT_API_PROPERTIES = { properties: { connectionParameters: {}, iconBrandColor: '#da3b01', capabilities: [] } };

export function importConnector(input: string, options: { kit: string }): ImportResult {
  const read = readConnector(input);
  const swaggerFitter = new Fitter(read.swagger.file);
  const swagger = swaggerFitter.document(read.swagger.value);
  const findings = [...read.findings, ...swaggerFitter.findings];
  let apiProperties: { [key: string]: Json } = DEFAULT_API_PROPERTIES;
  if (read.apiProperties) {
    const fitter = new Fitter(read.apiProperties.file);
    const fitted = fitter.apiProperties(read.apiProperties.value);
    findings.push(...fitter.findings);
    if (fitted) apiProperties = fitted;
  } else {
    findings.push(importFinding('missing-file', input, '', 'The connector has no apiProperties.json; the project gets the least one the build needs.'));
  }
  if (!swagger) return { files: new Map(), findings, expected: { swagger: null, apiProperties } };
  if (!isObject(swagger.paths ?? null)) {
    findings.push(importFinding('unexpected-shape', read.swagger.file, '/paths', 'The swagger has no paths object; the project gets an empty one.'));
  }
  const sources = emitProject({ swagger, apiProperties, kit: options.kit });
  const files = new Map<string, Buffer>([...sources].map(([name, text]) => [name, Buffer.from(text)]));
  if (read.script) files.set('script.csx', readFileSync(read.script));
  if (read.icon) files.set('icon.png', readFileSync(read.icon));
  const expectedSwagger = { ...swagger, paths: isObject(swagger.paths ?? null) ? swagger.paths! : {} };
  return { files, findings, expected: { swagger: expectedSwagger, apiProperties } };
}
