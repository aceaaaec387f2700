/** Module resolution hooks for `build --definition` (see own-package-hooks.mjs). */
export function initialize(data: { name: string; targets: Record<string, string> }): void;
export function resolve(
  specifier: string,
  context: object,
  nextResolve: (specifier: string, context: object) => Promise<{ url: string }>,
): Promise<{ url: string; shortCircuit?: boolean }>;
