/**
 * The Swagger 2.0 JSON schema (the one swagger-parser uses), checked with ajv draft-04. ajv reports
 * a failed `oneOf` as a dump of every alternative; we pick the alternative the object was meant to
 * be (a parameter's `in`, a security scheme's `type`) and report only its errors, once per location.
 */
import type { ErrorObject } from 'ajv';
import { fromPointer, resolvePointer, toPointer } from '../../core/json-pointer.js';
import { asObject, type JsonObject } from '../context.js';
import { defineRule, ruleDocs, type Finding } from '../types.js';
import { swaggerValidators } from '../swagger-schema-validators.js';
import { suggestion } from '../suggest.js';

const PARAMETER_BRANCH: Record<string, string> = {
  body: 'bodyParameter',
  header: 'headerParameterSubSchema',
  query: 'queryParameterSubSchema',
  formData: 'formDataParameterSubSchema',
  path: 'pathParameterSubSchema',
};

const SECURITY_BRANCH: Record<string, string> = {
  basic: 'basicAuthenticationSecurity',
  apiKey: 'apiKeySecurity',
  'oauth2:implicit': 'oauth2ImplicitSecurity',
  'oauth2:password': 'oauth2PasswordSecurity',
  'oauth2:application': 'oauth2ApplicationSecurity',
  'oauth2:accessCode': 'oauth2AccessCodeSecurity',
};

const messages = {
  parameterIn: () => `Parameter 'in' must be one of ${Object.keys(PARAMETER_BRANCH).join(', ')}.`,
  securityType: () => "A security scheme's type must be basic, apiKey or oauth2 (with flow implicit, password, application or accessCode).",
  missingProperty: (subject: string, property: string) => `${subject} is missing the required property '${property}'.`,
  missingParameterType: (subject: string) => `${subject} is missing the required property 'type' (string, number, integer, boolean, array or file).`,
  propertyNotAllowed: (property: string, subject: string, hint: string) =>
    `Property '${property}' is not allowed in ${subject === 'The document' ? 'the document root' : subject} (Swagger 2.0 allows only its own keys and x- extensions).${hint}`,
  notOneOf: (subject: string, allowed: readonly unknown[]) => `${subject} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`,
  wrongType: (subject: string, type: string) => `${subject} must be of type ${type}.`,
  hostPattern: () => "host must be a bare host name (optionally with :port): no scheme, path or {braces}. A host chosen per connection goes through the dynamichosturl policy.",
  pattern: (subject: string, pattern: string) => `${subject} must match the pattern ${pattern}.`,
  duplicateItems: (subject: string, first: string, second: string) => `${subject} lists the same value twice (items ${first} and ${second}); remove the duplicate.`,
  tooFewItems: (subject: string, limit: unknown, key: string) =>
    `${subject} must list at least ${String(limit)} item${limit === 1 ? '' : 's'}; add one or remove '${key}'.`,
  emptyObject: (subject: string) => `${subject} must not be empty; add an entry or remove it.`,
  emptyString: (subject: string) => `${subject} must not be empty.`,
  tooLong: (subject: string, limit: string) => `${subject} is longer than ${limit} characters; shorten it.`,
  outOfRange: (subject: string, comparison: string, limit: string) => `${subject} must be ${comparison} ${limit}.`,
  invalidFormat: (subject: string, format: string) => `${subject} is not a valid ${format}.`,
  onlyExtensions: (subject: string) => `${subject} holds only x- extensions; it needs at least one entry Swagger 2.0 defines.`,
  otherConstraint: (subject: string, keyword: string, params: Record<string, unknown> | undefined) =>
    `${subject} breaks the Swagger 2.0 schema's '${keyword}' constraint${params && Object.keys(params).length > 0 ? ` (${Object.entries(params).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : ''}.`,
  noForm: (name: string) => `'${name}' does not match any of the forms Swagger 2.0 allows here.`,
  notObject: () => 'The swagger must be a JSON object.',
};

/** The `oneOf` alternative an object was meant to match, judged from its own discriminating keys. */
function branchFor(segments: string[], value: unknown): string | { message: string } | undefined {
  const object = asObject(value);
  if (!object) return undefined;
  if (typeof object.$ref === 'string') return 'jsonReference';
  const parent = segments[segments.length - 2];
  const last = segments[segments.length - 1];
  if (parent === 'parameters' || (segments[0] === 'parameters' && segments.length === 2)) {
    const place = object.in;
    const branch = typeof place === 'string' ? PARAMETER_BRANCH[place] : undefined;
    return branch ?? { message: messages.parameterIn() };
  }
  if (parent === 'responses') return 'response';
  if (last === 'schema') return object.type === 'file' ? 'fileSchema' : 'schema';
  if (segments[0] === 'securityDefinitions' && segments.length === 2) {
    const key = object.type === 'oauth2' ? `oauth2:${String(object.flow)}` : String(object.type);
    return SECURITY_BRANCH[key] ?? { message: messages.securityType() };
  }
  return undefined;
}

/** The keys Swagger 2.0 allows where near misses happen most, for "did you mean" (`basepath` → `basePath`). */
const KEYS_AT: { at: RegExp; keys: readonly string[] }[] = [
  { at: /^$/, keys: ['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses', 'security', 'securityDefinitions', 'tags', 'externalDocs'] },
  { at: /^\/info$/, keys: ['title', 'version', 'description', 'termsOfService', 'contact', 'license'] },
  { at: /^\/paths\/[^/]+$/, keys: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'parameters', '$ref'] },
  { at: /^\/paths\/[^/]+\/[a-z]+$/, keys: ['tags', 'summary', 'description', 'externalDocs', 'operationId', 'produces', 'consumes', 'parameters', 'responses', 'schemes', 'deprecated', 'security'] },
  { at: /\/parameters\/[^/]+$/, keys: ['name', 'in', 'description', 'required', 'schema', 'type', 'format', 'items', 'collectionFormat', 'default', 'enum', 'allowEmptyValue', 'maximum', 'minimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf'] },
  { at: /\/responses\/[^/]+$/, keys: ['description', 'schema', 'headers', 'examples'] },
  { at: /(\/schema|\/definitions\/[^/]+|\/properties\/[^/]+|\/items)$/, keys: ['$ref', 'format', 'title', 'description', 'default', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'enum', 'additionalProperties', 'type', 'items', 'allOf', 'properties', 'discriminator', 'readOnly', 'xml', 'externalDocs', 'example'] },
];

function nearMiss(at: string, key: string): string {
  const keys = KEYS_AT.find((entry) => entry.at.test(at))?.keys;
  return keys ? suggestion(key, keys) : '';
}

/** How a location reads in a message: `Parameter 'id'`, `'summary'`, `Item 2 of 'tags'`. */
function subjectOf(document: unknown, at: string): string {
  const segments = fromPointer(at);
  const name = segments.at(-1);
  if (name === undefined) return 'The document';
  const parent = segments.at(-2);
  if (Array.isArray(resolvePointer(document, toPointer(segments.slice(0, -1))))) {
    const item = asObject(resolvePointer(document, at));
    if (parent === 'parameters' && typeof item?.name === 'string') return `Parameter '${item.name}'`;
    return `Item ${name} of '${parent ?? ''}'`;
  }
  return `'${name}'`;
}

function describe(document: unknown, error: ErrorObject): { message: string; pointer: string } {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const subject = subjectOf(document, at);
  switch (error.keyword) {
    case 'required':
      return { pointer: at, message: messages.missingProperty(subject, String(params.missingProperty)) };
    case 'additionalProperties':
      return {
        pointer: `${at}/${String(params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: messages.propertyNotAllowed(String(params.additionalProperty), subject, nearMiss(at, String(params.additionalProperty))),
      };
    case 'enum':
      return { pointer: at, message: messages.notOneOf(subject, params.allowedValues as unknown[]) };
    case 'type':
      return { pointer: at, message: messages.wrongType(subject, String(params.type)) };
    case 'pattern':
      if (at === '/host') {
        return { pointer: at, message: messages.hostPattern() };
      }
      return { pointer: at, message: messages.pattern(subject, String(params.pattern)) };
    case 'uniqueItems':
      return { pointer: at, message: messages.duplicateItems(subject, String(params.j), String(params.i)) };
    case 'minItems':
      return { pointer: at, message: messages.tooFewItems(subject, params.limit, fromPointer(at).at(-1) ?? '') };
    case 'minProperties':
      return { pointer: at, message: messages.emptyObject(subject) };
    case 'minLength':
      return { pointer: at, message: messages.emptyString(subject) };
    case 'maxLength':
      return { pointer: at, message: messages.tooLong(subject, String(params.limit)) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: at, message: messages.outOfRange(subject, String(params.comparison), String(params.limit)) };
    case 'format':
      return { pointer: at, message: messages.invalidFormat(subject, String(params.format)) };
    case 'not':
      return { pointer: at, message: messages.onlyExtensions(subject) };
    default:
      // Other keywords are rare here; say where and which constraint, not ajv's wording.
      return { pointer: at, message: messages.otherConstraint(subject, error.keyword, params) };
  }
}

const OPERATION_AT = /^\/paths\/[^/]+\/(get|put|post|delete|options|head|patch)$/;

/**
 * Problems a rule of their own reports, with a message a maker can act on and the severity the
 * platform warrants: an operation without responses (operation-responses-required), a response
 * code that is not one (response-code-valid), a path parameter not marked required
 * (path-parameter-required), an empty enum or required list (schema-constraints,
 * schema-required-properties), type file outside formData (schema-file-type).
 */
function reportedElsewhere(error: ErrorObject, document: unknown): boolean {
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (error.keyword === 'required' && missing === 'responses' && OPERATION_AT.test(error.instancePath)) return true;
  // A path parameter without "required": true is path-parameter-required's.
  if (error.keyword === 'required' && missing === 'required' && asObject(resolvePointer(document, error.instancePath))?.in === 'path') return true;
  // An empty enum or required list is schema-constraints' and schema-required-properties'.
  if (error.keyword === 'minItems' && /\/(enum|required)$/.test(error.instancePath)) return true;
  // A tag defined twice is tags-unique's.
  if (error.keyword === 'uniqueItems' && error.instancePath === '/tags') return true;
  // type "file" outside formData is schema-file-type's.
  if (error.keyword === 'enum' && error.instancePath.endsWith('/type') && resolvePointer(document, error.instancePath) === 'file') return true;
  const atResponses = /^\/paths\/[^/]+\/[a-z]+\/responses$/.test(error.instancePath);
  // A response code that is not one ('2XX') is response-code-valid's, with the code to use.
  if (atResponses && error.keyword === 'additionalProperties') return true;
  return (error.keyword === 'minProperties' || error.keyword === 'not') && atResponses;
}

function isUnder(pointer: string, root: string): boolean {
  return pointer === root || pointer.startsWith(`${root}/`);
}

export function schemaFindings(document: unknown): Finding[] {
  const { document: validate, definition } = swaggerValidators();
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  // The outermost locations where an alternative failed: everything at or under them is noise.
  const roots = [...new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath))]
    .sort((a, b) => a.length - b.length)
    .filter((p, i, all) => !all.slice(0, i).some((q) => isUnder(p, q)));
  const kept = errors.filter((e) => e.keyword !== 'oneOf' && !roots.some((root) => isUnder(e.instancePath, root)) && !reportedElsewhere(e, document));
  const findings: Finding[] = kept.map((e) => describe(document, e));
  for (const root of roots) {
    const segments = fromPointer(root);
    const value = resolvePointer(document, root);
    const branch = branchFor(segments, value);
    const validateBranch = typeof branch === 'string' ? definition(branch) : undefined;
    if (typeof branch === 'object') {
      findings.push({ pointer: root, message: branch.message });
      continue;
    }
    const parameter = asObject(value);
    if (validateBranch && parameter && typeof parameter.in === 'string' && parameter.in !== 'body' && parameter.type === undefined && PARAMETER_BRANCH[parameter.in] === branch) {
      // The sub-schemas leave 'type' to the common non-body parameter schema, so say it here.
      findings.push({ pointer: root, message: messages.missingParameterType(subjectOf(document, root)) });
      continue;
    }
    if (!validateBranch || validateBranch(value)) {
      findings.push({ pointer: root, message: messages.noForm(segments.at(-1) ?? 'document') });
      continue;
    }
    const nested = (validateBranch.errors ?? []).filter((e) => e.keyword !== 'oneOf');
    const described = (nested.length > 0 ? nested : (validateBranch.errors ?? []))
      .map((e) => ({ ...e, instancePath: toPointer([...segments, ...fromPointer(e.instancePath)]) }))
      .filter((e) => !reportedElsewhere(e, document))
      .map((e) => describe(document, e));
    findings.push(...described);
  }
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const rule = defineRule({
  id: 'swagger-schema',
  description: 'The swagger must match the Swagger 2.0 JSON schema (structure, types, allowed keys).',
  docs: ruleDocs('swagger-schema'),
  appliesTo: 'swagger',
  messages,
  severity: { custom: 'error', certification: 'error' },
  check(ctx) {
    const document = ctx.document as JsonObject | undefined;
    if (!document) return [{ pointer: '', message: messages.notObject() }];
    return schemaFindings(document);
  },
});

export default rule;
