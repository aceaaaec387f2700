/**
 * The source files an entry of a split esbuild bundle runs before any `import()`: those of its own
 * output and of every chunk it imports statically, transitively. bin/ checks only these for the
 * arguments main.js answers itself (`--help`, `--version`), so those stay a handful of stats.
 */
export function staticClosure(metafile, entryPoint) {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((file) => outputs[file].entryPoint === entryPoint);
  if (start === undefined) throw new Error(`the bundle has no output for the entry point ${entryPoint}`);
  const seen = new Set();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const link of outputs[file].imports) if (link.kind === 'import-statement' && !link.external) pending.push(link.path);
  }
  return [...new Set([...seen].flatMap((file) => Object.keys(outputs[file].inputs)))].sort();
}
