/** The sorted source files of an entry's output and of the chunks it imports statically, transitively. */
export function staticClosure(
  metafile: { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }> },
  entryPoint: string,
): string[];
