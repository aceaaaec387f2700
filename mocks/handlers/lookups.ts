import type { LookupEntry } from '../store/model.js';
import type { Instance } from '../store/store.js';

/** The pickers' choices (LookupList items). */
export const lookupChoices = {
  measures: (instance: Instance): LookupEntry[] =>
    // The measure trigger supports only measures without dimensions (see ListMeasures), so only those are offered.
    [...instance.measures.values()].filter((m) => m.dimensions.length === 0).map((m) => ({ Name: m.name, DisplayName: m.displayName })),
  segments: (instance: Instance): LookupEntry[] => [...instance.segments.values()].map((s) => ({ Name: s.name, DisplayName: s.displayName })),
  processes: (instance: Instance): LookupEntry[] => instance.processes.map((p) => ({ ...p })),
  reportTypes: (instance: Instance): LookupEntry[] => instance.reportTypes.map((r) => ({ ...r })),
};
