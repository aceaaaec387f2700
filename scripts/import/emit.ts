/**
 * The kit project an import writes: index.ts (the default export assembles the connector),
 * operations/ one file per operation, definitions/ one file per definition, parameters.ts and
 * responses.ts with the shared parameters and responses as named exports, api-properties.ts, and a
 * package.json that makes the folder ESM. `$ref`s to definitions become `ref(Definition)`, except
 * inside a cycle of definitions, where an import would be read before it is initialized.
 */
import { Names, nameFromRoute } from './names.js';
import { expression, print, quote, withSpread } from './print.js';
import type { Printable, PrintableObject } from './print.js';
import { HTTP_METHODS } from '../core/swagger-walk.js';
import { isObject } from './fit.js';
import type { Json } from './fit.js';
import { setMember } from '../core/json.js';

const METHODS: readonly string[] = HTTP_METHODS;
const DEFINITION_REF = '#/definitions/';

export interface EmitInput {
  swagger: { [key: string]: Json };
  apiProperties: { [key: string]: Json };
  /** Where the generated files import the kit from. */
  kit: string;
}

interface Unit {
  id: string;
  file: string;
}

export function emitProject(input: EmitInput): Map<string, string> {
  const names = new Names();
  const files = new Map<string, string>();
  const kit = quote(input.kit);
  const swagger = input.swagger;

  // Definitions first: their identifiers are what ref() names everywhere else.
  const definitions = isObject(swagger.definitions ?? null) ? (swagger.definitions as { [key: string]: Json }) : {};
  const definitionUnits = new Map<string, Unit>();
  for (const name of Object.keys(definitions)) {
    const id = names.claim(name, 'Definition');
    definitionUnits.set(name, { id, file: `definitions/${id}.ts` });
  }
  const cycles = componentsOf(definitions);

  /** Json → printable, `$ref`s to definitions as ref(X) (recording X for the imports). */
  function printable(value: Json, used: Set<string>, avoid: ReadonlySet<string>): Printable {
    if (Array.isArray(value)) return value.map((item) => printable(item, used, avoid));
    if (!isObject(value)) return value;
    const target = typeof value.$ref === 'string' ? refTarget(value.$ref) : undefined;
    const unit = target !== undefined && !avoid.has(target) ? definitionUnits.get(target) : undefined;
    const members: PrintableObject = Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !(unit && key === '$ref'))
        .map(([key, child]) => [key, printable(child, used, avoid)]),
    );
    if (!unit) return members;
    used.add(target!);
    return Object.keys(members).length === 0 ? expression(`ref(${unit.id})`) : withSpread(`ref(${unit.id})`, members);
  }

  function imports(used: ReadonlySet<string>, from: string): string[] {
    return [...used]
      .map((name) => definitionUnits.get(name)!)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((unit) => `import { ${unit.id} } from '${relative(from, unit.file.replace(/\.ts$/, '.js'))}';`);
  }

  for (const [name, schema] of Object.entries(definitions)) {
    const unit = definitionUnits.get(name)!;
    const used = new Set<string>();
    const avoid = cycles.get(name) ?? new Set<string>();
    const body = print(printable(schema, used, avoid), 0, `export const ${unit.id} = defineSchema(${quote(name)}, `.length);
    const kitNames = used.size > 0 ? 'defineSchema, ref' : 'defineSchema';
    files.set(unit.file, module([`import { ${kitNames} } from ${kit};`, ...imports(used, unit.file)], `export const ${unit.id} = defineSchema(${quote(name)}, ${body});`));
  }

  // Shared parameters and responses: named exports the document's maps point at.
  const shared = (key: 'parameters' | 'responses', type: string, file: string): Map<string, string> => {
    const entries = isObject(swagger[key] ?? null) ? (swagger[key] as { [name: string]: Json }) : undefined;
    const ids = new Map<string, string>();
    if (!entries || Object.keys(entries).length === 0) return ids;
    const used = new Set<string>();
    const exports: string[] = [];
    for (const [name, value] of Object.entries(entries)) {
      const id = names.claim(name, key === 'parameters' ? 'Parameter' : 'Response', false);
      ids.set(name, id);
      const head = `export const ${id}: ${type} = `;
      exports.push(`${head}${print(printable(value, used, new Set()), 0, head.length)};`);
    }
    const kitImport = `import ${used.size > 0 ? `{ ref, type ${type} }` : `type { ${type} }`} from ${kit};`;
    files.set(file, module([kitImport, ...imports(used, file)], exports.join('\n\n')));
    return ids;
  };
  const parameterIds = shared('parameters', 'PlatformParameter', 'parameters.ts');
  const responseIds = shared('responses', 'PlatformResponse', 'responses.ts');

  // Operations, in the order of the paths and their methods.
  const operationIds: string[] = [];
  const pathExtras: { [path: string]: Printable } = {};
  const indexUsed = new Set<string>();
  const paths = isObject(swagger.paths ?? null) ? (swagger.paths as { [path: string]: Json }) : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const extras = Object.fromEntries(Object.entries(item).filter(([key]) => !METHODS.includes(key)));
    const methods = Object.keys(item).filter((key) => METHODS.includes(key));
    if (Object.keys(extras).length > 0 || methods.length === 0) pathExtras[path] = printable(extras, indexUsed, new Set());
    for (const method of methods) {
      const operation = item[method]!;
      const operationId = isObject(operation) && typeof operation.operationId === 'string' ? operation.operationId : '';
      const id = names.claim(operationId, nameFromRoute(method, path));
      const file = `operations/${id}.ts`;
      operationIds.push(id);
      const used = new Set<string>();
      const members = isObject(operation) ? (printable(operation, used, new Set()) as PrintableObject) : {};
      const value = { method, path, ...readingOrder(members) } as PrintableObject;
      const head = `export const ${id} = defineOperation(`;
      const kitNames = used.size > 0 ? 'defineOperation, ref' : 'defineOperation';
      files.set(file, module([`import { ${kitNames} } from ${kit};`, ...imports(used, file)], `${head}${print(value, 0, head.length)});`));
    }
  }

  // api-properties.ts
  {
    const head = 'export const apiProperties: PlatformApiProperties = ';
    files.set('api-properties.ts', module([`import type { PlatformApiProperties } from ${kit};`], `${head}${print(input.apiProperties as Printable, 0, head.length)};`));
  }

  // index.ts
  const document: { [key: string]: Printable } = {};
  for (const [key, value] of Object.entries(swagger)) {
    if (key === 'paths') continue;
    if (key === 'definitions') {
      if (isObject(value) && Object.keys(value).length === 0) document.definitions = {};
      continue;
    }
    if (key === 'parameters' && parameterIds.size > 0) document.parameters = Object.fromEntries([...parameterIds].map(([name, id]) => [name, expression(id)]));
    else if (key === 'responses' && responseIds.size > 0) document.responses = Object.fromEntries([...responseIds].map(([name, id]) => [name, expression(id)]));
    else setMember(document, key, printable(value, indexUsed, new Set()));
  }
  const input_: PrintableObject = {
    document,
    ...(Object.keys(pathExtras).length > 0 ? { paths: pathExtras } : {}),
    operations: operationIds.map((id) => expression(id)),
    definitions: [...definitionUnits.values()].map((unit) => expression(unit.id)),
    apiProperties: expression('apiProperties'),
  };
  const kitNames = ['assemblePlatform', ...(indexUsed.size > 0 ? ['ref'] : []), 'type AssembledConnector'];
  const lines = [
    `import { ${kitNames.join(', ')} } from ${kit};`,
    "import { apiProperties } from './api-properties.js';",
    ...[...definitionUnits.values()].map((unit) => `import { ${unit.id} } from './${unit.file.replace(/\.ts$/, '.js')}';`),
    ...operationIds.map((id) => `import { ${id} } from './operations/${id}.js';`),
    ...(parameterIds.size > 0 ? [`import { ${[...parameterIds.values()].join(', ')} } from './parameters.js';`] : []),
    ...(responseIds.size > 0 ? [`import { ${[...responseIds.values()].join(', ')} } from './responses.js';`] : []),
  ];
  const title = isObject(swagger.info ?? null) && typeof (swagger.info as { title?: Json }).title === 'string' ? (swagger.info as { title: string }).title : 'the connector';
  files.set(
    'index.ts',
    module(
      lines,
      `/** ${title.replace(/\*\//g, '* /')}, assembled from its operations and definitions. */\n` +
        `export default function connector(): AssembledConnector {\n  return assemblePlatform(${print(input_, 2, 'return assemblePlatform('.length)});\n}`,
    ),
  );
  files.set('package.json', `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);
  return files;
}

/** An operation's members as a person writes them: identity first, parameters and responses last (JSON order does not matter). */
const LEADING = ['operationId', 'summary', 'description'];
const TRAILING = ['parameters', 'responses'];
function readingOrder(members: PrintableObject): PrintableObject {
  const keys = Object.keys(members);
  const ordered = [...LEADING.filter((k) => keys.includes(k)), ...keys.filter((k) => !LEADING.includes(k) && !TRAILING.includes(k)), ...TRAILING.filter((k) => keys.includes(k))];
  return Object.fromEntries(ordered.map((k) => [k, members[k]!]));
}

function module(imports: readonly string[], body: string): string {
  return `${imports.join('\n')}\n\n${body}\n`;
}

/** `#/definitions/Name` → `Name` (unescaped), for local refs only. */
function refTarget(ref: string): string | undefined {
  if (!ref.startsWith(DEFINITION_REF)) return undefined;
  const rest = ref.slice(DEFINITION_REF.length);
  if (rest.includes('/') || rest.includes('~') || rest.includes('%')) return undefined;
  return rest;
}

function relative(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && fromDir[common] === target[common]) common++;
  const up = fromDir.length - common;
  return `${up === 0 ? './' : '../'.repeat(up)}${target.slice(common).join('/')}`;
}

/** Each definition → the definitions in its strongly connected component of refs (itself included when it refers to itself). */
function componentsOf(definitions: { [name: string]: Json }): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(definitions)) {
    const targets = new Set<string>();
    collectRefs(schema, targets);
    edges.set(name, new Set([...targets].filter((t) => Object.hasOwn(definitions, t))));
  }
  // Tarjan's algorithm, iterative.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result = new Map<string, Set<string>>();
  for (const start of edges.keys()) {
    if (indices.has(start)) continue;
    const work: [string, Iterator<string>][] = [];
    const visit = (node: string) => {
      indices.set(node, index);
      low.set(node, index);
      index++;
      stack.push(node);
      onStack.add(node);
      work.push([node, edges.get(node)!.values()]);
    };
    visit(start);
    while (work.length > 0) {
      const [node, iterator] = work[work.length - 1]!;
      const next = iterator.next();
      if (!next.done) {
        const target = next.value;
        if (!indices.has(target)) visit(target);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, indices.get(target)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === indices.get(node)) {
        const component = new Set<string>();
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.add(member);
        } while (member !== node);
        const cyclic = component.size > 1 || edges.get(node)!.has(node);
        for (const m of component) result.set(m, cyclic ? component : new Set());
      }
    }
  }
  return result;
}

function collectRefs(value: Json, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (isObject(value)) {
    if (typeof value.$ref === 'string') {
      const target = refTarget(value.$ref);
      if (target !== undefined) into.add(target);
    }
    for (const child of Object.values(value)) collectRefs(child, into);
  }
}
