/** The report's entries as the probe makes them, put back into designer order at the end. */
import type { ProbeOperation } from './operations.js';
import type { EntryKind, ProbeEntry, ProbeFailure } from './types.js';

export class Recorder {
  private readonly operations = new Map<string, ProbeEntry>();
  private readonly parameters = new Map<string, ProbeEntry[]>();

  operation(op: ProbeOperation): ProbeEntry {
    let entry = this.operations.get(op.pointer);
    if (!entry) {
      entry = { kind: 'operation', operationId: op.operationId, pointer: op.pointer, status: 'skip', ms: 0, detail: 'not reached', failures: [] };
      this.operations.set(op.pointer, entry);
    }
    return entry;
  }

  parameter(op: ProbeOperation, kind: Exclude<EntryKind, 'operation'>, parameter: string, pointer: string): ProbeEntry {
    const list = this.parameters.get(op.pointer) ?? [];
    this.parameters.set(op.pointer, list);
    const entry: ProbeEntry = { kind, operationId: op.operationId, parameter, pointer, status: 'pass', ms: 0, detail: '', failures: [] };
    list.push(entry);
    return entry;
  }

  /** Per operation, in the definition's order: its dynamic parameters first, then the operation. */
  entries(order: readonly ProbeOperation[]): ProbeEntry[] {
    return order.flatMap((op) => [...(this.parameters.get(op.pointer) ?? []), this.operation(op)]);
  }
}

export function fail(entry: ProbeEntry, ...failures: ProbeFailure[]): void {
  if (failures.length === 0) return;
  entry.status = 'fail';
  entry.failures.push(...failures);
}
