import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importEdges, sourceFiles, type ImportEdge } from './architecture/import-graph.js';
import { KNOWN_UPWARD, knownUpwardPresent, layeringViolations } from './architecture/layers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, typeOnly });

describe('the import graph of the repository', () => {
  const edges = importEdges(ROOT, sourceFiles(ROOT));

  it('is read from the sources', () => {
    // The kit's assembler imports core's diagnostics: an edge the reader must see.
    expect(edges).toContainEqual(edge('connector/kit/assemble.ts', 'scripts/core/diagnostic.ts', true));
    expect(edges.length).toBeGreaterThan(500);
  });

  it('has no upward edge, no cycle between folders and no load-time cycle between files', () => {
    expect(layeringViolations(edges)).toEqual([]);
  });

  it('still has every edge listed as a known exception (remove an entry once its edge is gone)', () => {
    expect(knownUpwardPresent(edges)).toEqual([...KNOWN_UPWARD.keys()]);
  });
});

describe('layeringViolations', () => {
  it('reports core importing the toolkit, the toolkit importing the product, and folder cycles', () => {
    const found = layeringViolations([
      edge('scripts/core/a.ts', 'scripts/validate/b.ts', true),
      edge('scripts/diff/a.ts', 'mocks/index.ts'),
      edge('connector/kit/a.ts', 'connector/index.ts', true),
      edge('scripts/validate/b.ts', 'scripts/core/a.ts', true),
    ]);
    expect(found.map((v) => v.rule).sort()).toEqual(['core-imports-above', 'folder-cycle', 'toolkit-imports-product', 'toolkit-imports-product']);
    expect(found.find((v) => v.rule === 'folder-cycle')?.detail).toBe('scripts/core ⇄ scripts/validate');
  });

  it('reports a value-import cycle between files of one folder, but not a type-only one', () => {
    const cycle = [edge('scripts/build/build.ts', 'scripts/build/readme/index.ts'), edge('scripts/build/readme/index.ts', 'scripts/build/build.ts')];
    expect(layeringViolations(cycle)).toEqual([{ rule: 'file-cycle', detail: 'scripts/build/build.ts ⇄ scripts/build/readme/index.ts' }]);
    expect(layeringViolations([cycle[0]!, { ...cycle[1]!, typeOnly: true }])).toEqual([]);
  });

  it('lets the product and the command line import the toolkit', () => {
    expect(layeringViolations([edge('connector/index.ts', 'connector/kit/index.ts'), edge('scripts/cli/main.ts', 'gateway/index.ts'), edge('mocks/a.ts', 'scripts/core/json.ts')])).toEqual([]);
  });
});
