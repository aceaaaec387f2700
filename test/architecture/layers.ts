/**
 * The layering the repository keeps, as data: `scripts/core` at the bottom, the toolkit (which works
 * on any connector) above it, the product (this connector, its mocks, gateway and client) on top.
 * The command line (`scripts/cli`) and `scripts/serve` compose toolkit and product, so they may
 * import both; tests, benches and examples are not part of the graph's layering.
 */
import { cycles, folderEdges, folderOf, type ImportEdge } from './import-graph.js';

export const CORE = 'scripts/core';
export const TOOLKIT = new Set([
  'connector/kit',
  'scripts/build',
  'scripts/bundle',
  'scripts/http',
  'scripts/diff',
  'scripts/import',
  'scripts/init',
  'scripts/probe',
  'scripts/testing',
  'scripts/validate',
]);
export const PRODUCT = new Set(['connector', 'mocks', 'gateway', 'client', 'generated']);

/**
 * Upward edges that are known and waiting to be removed, each with why it exists. The test fails
 * when one of them disappears too, so the list cannot go stale.
 */
export const KNOWN_UPWARD: ReadonlyMap<string, string> = new Map<string, string>([]);

export interface Violation {
  rule: 'core-imports-above' | 'toolkit-imports-product' | 'folder-cycle' | 'file-cycle';
  detail: string;
}

export function layeringViolations(edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  const byFolder = folderEdges(edges);
  for (const [from, targets] of byFolder) {
    for (const [to, example] of targets) {
      if (from === CORE) violations.push({ rule: 'core-imports-above', detail: example });
      else if (TOOLKIT.has(from) && PRODUCT.has(to) && !KNOWN_UPWARD.has(`${from} → ${to}`)) {
        violations.push({ rule: 'toolkit-imports-product', detail: example });
      }
    }
  }
  for (const component of cycles(byFolder.keys(), (folder) => [...(byFolder.get(folder)?.keys() ?? [])])) {
    violations.push({ rule: 'folder-cycle', detail: component.join(' ⇄ ') });
  }
  // Type-only imports are erased; a cycle of value imports makes load order matter.
  const valueEdges = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.typeOnly) continue;
    const list = valueEdges.get(edge.from) ?? [];
    list.push(edge.to);
    valueEdges.set(edge.from, list);
  }
  for (const component of cycles(valueEdges.keys(), (file) => valueEdges.get(file) ?? [])) {
    violations.push({ rule: 'file-cycle', detail: component.join(' ⇄ ') });
  }
  return violations;
}

/** The KNOWN_UPWARD entries the graph still has. */
export function knownUpwardPresent(edges: readonly ImportEdge[]): string[] {
  const present = new Set<string>();
  for (const edge of edges) present.add(`${folderOf(edge.from)} → ${folderOf(edge.to)}`);
  return [...KNOWN_UPWARD.keys()].filter((key) => present.has(key));
}
