/**
 * What of a connector's JSON the kit's platform model (connector/kit/platform.ts) can hold. Walks
 * the swagger as that model's types describe it and keeps every value that fits; anything else
 * (a key Swagger 2.0 has no place for, a structure of the wrong kind) is left out and reported as
 * a finding at its JSON pointer, so an import never drops anything silently. The key lists here
 * and the types in platform.ts describe the same model; the corpus benchmark type-checks imports
 * against the types to keep them in step.
 */
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { toPointer } from '../core/json-pointer.js';
import { HTTP_METHODS } from '../core/swagger-walk.js';
import { setMember } from '../core/json.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonMap = { [key: string]: Json };

/**
 * What kind of construct could not be expressed, or (`not-strict-json`) what the input file
 * deviates from strict JSON in, as the platform's reader tolerates (lenient-json.ts).
 */
export type ImportFindingCode = 'unsupported-key' | 'unexpected-shape' | 'not-swagger-2' | 'missing-file' | 'not-strict-json';

/** A `Diagnostic` about one input file of the import; its severity follows from its code. */
export interface ImportFinding extends Diagnostic {
  code: ImportFindingCode;
  /** RFC 6901 pointer into `file`. */
  pointer: string;
  file: string;
}

/**
 * Nothing is imported from a document that is not Swagger 2.0; a warning leaves out one part; an
 * info leaves out nothing (the value is whole; only the input's spelling was not strict JSON).
 */
const SEVERITY: Readonly<Record<ImportFindingCode, Severity>> = {
  'not-swagger-2': 'error',
  'unsupported-key': 'warning',
  'unexpected-shape': 'warning',
  'missing-file': 'warning',
  'not-strict-json': 'info',
};

export function importFinding(code: ImportFindingCode, file: string, pointer: string, message: string, at?: { line: number; column: number }): ImportFinding {
  return { code, severity: SEVERITY[code], message, pointer, file, ...(at ? { line: at.line, column: at.column } : {}) };
}

/** Whether a finding names something the project leaves out (the command then exits 1). */
export function leavesSomethingOut(finding: ImportFinding): boolean {
  return finding.severity !== 'info';
}

/**
 * The shape `import --format json` prints for a finding: code, message, pointer and file (its
 * contract predates the severity), then line and column when the finding has a text position.
 */
export function findingJson(finding: ImportFinding): { code: ImportFindingCode; message: string; pointer: string; file: string; line?: number; column?: number } {
  const position = finding.line !== undefined ? { line: finding.line, column: finding.column ?? 1 } : {};
  return { code: finding.code, message: finding.message, pointer: finding.pointer, file: finding.file, ...position };
}

type Segments = readonly (string | number)[];

const METHODS = new Set<string>(HTTP_METHODS);

/** Keys of the platform model per kind of object; `x-*` keys are allowed everywhere. */
export const KEYS = {
  document: ['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses', 'securityDefinitions', 'security', 'tags', 'externalDocs'],
  pathItem: ['$ref', 'parameters', ...METHODS],
  operation: ['operationId', 'summary', 'description', 'tags', 'consumes', 'produces', 'schemes', 'deprecated', 'security', 'externalDocs', 'parameters', 'responses'],
  parameter: ['$ref', 'name', 'in', 'description', 'required', 'type', 'format', 'default', 'enum', 'allowEmptyValue', 'collectionFormat', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'example', 'items', 'schema'],
  header: ['type', 'format', 'description', 'default', 'enum', 'collectionFormat', 'items', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf'],
  response: ['$ref', 'description', 'schema', 'headers', 'examples'],
  schema: ['$ref', 'type', 'format', 'title', 'description', 'default', 'enum', 'example', 'required', 'readOnly', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'discriminator', 'xml', 'externalDocs', 'items', 'properties', 'additionalProperties', 'allOf'],
} as const;

const KEY_SETS = Object.fromEntries(Object.entries(KEYS).map(([kind, keys]) => [kind, new Set<string>(keys)])) as Record<keyof typeof KEYS, Set<string>>;

export function isObject(value: Json | undefined): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Fitter {
  readonly findings: ImportFinding[] = [];
  constructor(private readonly file: string) {}

  private find(code: ImportFinding['code'], at: Segments, message: string): void {
    this.findings.push(importFinding(code, this.file, toPointer(at), message));
  }

  /** Copies the members of `value` that `kind` allows, each through `member`. */
  private object(kind: keyof typeof KEYS, value: Json, at: Segments, member: (key: string, value: Json, at: Segments) => Json | undefined): JsonMap | undefined {
    if (!isObject(value)) {
      this.find('unexpected-shape', at, `Expected an object here (${kind}), found ${describe(value)}.`);
      return undefined;
    }
    const out: JsonMap = {};
    for (const [key, child] of Object.entries(value)) {
      const where = [...at, key];
      if (key.startsWith('x-')) {
        setMember(out, key, child);
        continue;
      }
      if (!KEY_SETS[kind].has(key)) {
        this.find('unsupported-key', where, `'${key}' has no place in a Swagger 2.0 ${kind}, so the kit cannot express it.`);
        continue;
      }
      const fitted = member(key, child, where);
      if (fitted !== undefined) setMember(out, key, fitted);
    }
    return out;
  }

  private string(value: Json, at: Segments): Json | undefined {
    if (typeof value === 'string') return value;
    this.find('unexpected-shape', at, `Expected a string here, found ${describe(value)}.`);
    return undefined;
  }

  private map(value: Json, at: Segments, each: (value: Json, at: Segments) => Json | undefined): JsonMap | undefined {
    if (!isObject(value)) {
      this.find('unexpected-shape', at, `Expected an object of entries here, found ${describe(value)}.`);
      return undefined;
    }
    const out: JsonMap = {};
    for (const [key, child] of Object.entries(value)) {
      const fitted = each(child, [...at, key]);
      if (fitted !== undefined) setMember(out, key, fitted);
    }
    return out;
  }

  private list(value: Json, at: Segments, each: (value: Json, at: Segments) => Json | undefined): Json[] | undefined {
    if (!Array.isArray(value)) {
      this.find('unexpected-shape', at, `Expected an array here, found ${describe(value)}.`);
      return undefined;
    }
    const out: Json[] = [];
    value.forEach((child, index) => {
      const fitted = each(child, [...at, index]);
      if (fitted !== undefined) out.push(fitted);
    });
    return out;
  }

  schema = (value: Json, at: Segments): Json | undefined =>
    this.object('schema', value, at, (key, child, where) => {
      switch (key) {
        case '$ref':
          return this.string(child, where);
        case 'items':
          return Array.isArray(child) ? this.list(child, where, this.schema) : this.schema(child, where);
        case 'properties':
          return this.map(child, where, this.schema);
        case 'additionalProperties':
          return typeof child === 'boolean' ? child : this.schema(child, where);
        case 'allOf':
          return this.list(child, where, this.schema);
        default:
          return child;
      }
    });

  parameter = (value: Json, at: Segments): Json | undefined =>
    this.object('parameter', value, at, (key, child, where) => {
      if (key === '$ref') return this.string(child, where);
      if (key === 'items' || key === 'schema') return this.schema(child, where);
      return child;
    });

  private header = (value: Json, at: Segments): Json | undefined =>
    this.object('header', value, at, (key, child, where) => (key === 'items' ? this.schema(child, where) : child));

  response = (value: Json, at: Segments): Json | undefined =>
    this.object('response', value, at, (key, child, where) => {
      if (key === '$ref') return this.string(child, where);
      if (key === 'schema') return this.schema(child, where);
      if (key === 'headers') return this.map(child, where, this.header);
      return child;
    });

  operation = (value: Json, at: Segments): Json | undefined =>
    this.object('operation', value, at, (key, child, where) => {
      if (key === 'parameters') return this.list(child, where, this.parameter);
      if (key === 'responses') return this.map(child, where, this.response);
      return child;
    });

  /**
   * `x-ms-notification-content` is an extension, which the platform reads loosely: certified
   * connectors put parameters, summaries and titles beside its schema. Its schema and headers are
   * walked; the rest is kept as JSON.
   */
  private notification = (value: Json, at: Segments): Json | undefined => {
    if (!isObject(value)) return value;
    const out: JsonMap = {};
    for (const [key, child] of Object.entries(value)) {
      const where = [...at, key];
      const fitted = key === 'schema' ? this.schema(child, where) : key === 'headers' ? this.map(child, where, this.header) : child;
      if (fitted !== undefined) setMember(out, key, fitted);
    }
    return out;
  };

  pathItem = (value: Json, at: Segments): Json | undefined => {
    if (isObject(value) && isObject(value['x-ms-notification-content'] ?? null)) {
      const { 'x-ms-notification-content': notification, ...rest } = value;
      const fitted = this.pathItem(rest, at);
      const content = this.notification(notification!, [...at, 'x-ms-notification-content']);
      return isObject(fitted) && content ? { ...fitted, 'x-ms-notification-content': content } : fitted;
    }
    return this.object('pathItem', value, at, (key, child, where) => {
      if (key === '$ref') return this.string(child, where);
      if (key === 'parameters') return this.list(child, where, this.parameter);
      return this.operation(child, where);
    });
  };

  document = (value: Json): JsonMap | undefined => {
    if (isObject(value) && value.swagger !== '2.0') {
      this.find('not-swagger-2', ['swagger'], `Only Swagger 2.0 connectors can be imported; this document says swagger: ${JSON.stringify(value.swagger ?? null)}.`);
      return undefined;
    }
    return this.object('document', value, [], (key, child, where) => {
      switch (key) {
        case 'paths':
          return this.map(child, where, (item, at) => {
            const path = String(at[at.length - 1]);
            if (!path.startsWith('/')) {
              this.find('unsupported-key', at, `'${path}' is not a path; the kit mounts operations on paths that start with '/'.`);
              return undefined;
            }
            return this.pathItem(item, at);
          });
        case 'definitions':
          return this.map(child, where, this.schema);
        case 'parameters':
          return this.map(child, where, this.parameter);
        case 'responses':
          return this.map(child, where, this.response);
        default:
          return child;
      }
    });
  };

  /** apiProperties: any JSON under an object `properties`. */
  apiProperties = (value: Json): JsonMap | undefined => {
    if (!isObject(value) || !isObject(value.properties ?? null)) {
      this.find('unexpected-shape', isObject(value) ? ['properties'] : [], 'apiProperties needs an object `properties`.');
      return undefined;
    }
    return value;
  };
}

function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
