/**
 * The layout of the reference: its headings, levels and table headers, shared by the renderer and
 * by read-reference.ts so both sides agree on it.
 */
export const REFERENCE_HEADINGS = {
  section: 'Reference',
  throttling: 'Throttling Limits',
  actions: 'Actions',
  triggers: 'Triggers',
  definitions: 'Definitions',
  parameters: 'Parameters',
  returns: 'Returns',
} as const;

/** Heading levels: the reference is a `##` section of the README. */
export const LEVEL = { section: 2, group: 3, entry: 4, part: 5 } as const;

export const PARAMETER_HEADER = ['Name', 'Key', 'Required', 'Type', 'Description'] as const;
export const FIELD_HEADER = ['Name', 'Path', 'Type', 'Description'] as const;
export const THROTTLING_HEADER = ['Name', 'Calls', 'Renewal Period'] as const;
