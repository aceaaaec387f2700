/**
 * The type generator behind generated/types.ts. openapi-typescript reads OpenAPI 3 only, so the
 * Swagger 2.0 document is converted first (swagger2openapi keeps the x-ms-* keys and, with
 * `rbname`, the body parameters' names). Loaded only when the types must be regenerated: loading
 * TypeScript and openapi-typescript is most of a build's time.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import swagger2openapi from 'swagger2openapi';

/** The type declarations for a Swagger 2.0 document, without a banner. */
export async function generateTypes(swagger: object): Promise<string> {
  // swagger2openapi mutates both its input and its options: give it copies.
  const { openapi } = await swagger2openapi.convertObj(structuredClone(swagger) as never, {
    patch: true,
    warnOnly: true,
    rbname: 'x-ms-body-name',
  });
  const unknownRecord = () =>
    ts.factory.createTypeReferenceNode('Record', [
      ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      ts.factory.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword),
    ]);
  // A list answer's schema is dynamic too, but always `{ value: item[] }`: say so, so callers can page.
  const unknownList = () =>
    ts.factory.createTypeLiteralNode([
      ts.factory.createPropertySignature(
        undefined,
        'value',
        undefined,
        ts.factory.createArrayTypeNode(unknownRecord()),
      ),
    ]);
  const ast = await openapiTS(openapi as never, {
    // An object without properties (dynamic items, DynamicProperties) must accept any fields.
    emptyObjectsUnknown: true,
    transform(schema) {
      // Items whose shape comes from GetEntitySchema at design time are open records in code.
      const dynamic = (schema as Record<string, unknown>)['x-ms-dynamic-schema'] as
        | { parameters?: Record<string, unknown> }
        | undefined;
      if (!dynamic) return undefined;
      return dynamic.parameters?.shape === 'list' ? unknownList() : unknownRecord();
    },
  });
  return astToString(ast);
}
