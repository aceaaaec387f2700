import type { HttpHandler } from 'msw';
import { http, isRecord, mapped, restPath, unexpectedShape, type MappingContext } from './context.js';

/**
 * Display names of the workflow's operation types, as the Customer Insights "Refresh processes"
 * page names them; an operation type not listed here shows its own name.
 */
export const processDisplayNames: Readonly<Record<string, string>> = {
  ingestion: 'Data sources',
  dataPreparation: 'Data preparation',
  map: 'Map',
  match: 'Match',
  merge: 'Merge',
  profileStore: 'Profiles',
  search: 'Search',
  activity: 'Activity',
  contact: 'Contacts',
  attributeMeasures: 'Attribute measures',
  entityMeasures: 'Entity measures',
  measures: 'Measures',
  segmentation: 'Segments',
  segmentMembership: 'Segment membership',
  enrichment: 'Enrichments',
  intelligence: 'Intelligence',
  insights: 'Insights',
  export: 'Exports destinations',
  relationship: 'Relationships',
  analysis: 'Analysis',
};

/**
 * GET /datasets/{dataset}/lookups/processes → `GET /instances/{id}/workflows/main/status`
 * (`GraphNodeInfo[]`): one choice per operation type present in the workflow, in the order the
 * workflow lists them. The Name is the operation type as the REST API writes it on jobs and tasks,
 * which is what the process trigger compares.
 */
export function ListProcesses(ctx: MappingContext): HttpHandler {
  return http.get('/datasets/{dataset}/lookups/processes', (info) =>
    mapped(ctx, info, async (call) => {
      const dataset = info.params.dataset;
      const answer = await call.rest({ method: 'GET', path: restPath(ctx.routes.workflowStatus, { instanceId: dataset }), instanceId: dataset });
      if (!Array.isArray(answer.body)) throw unexpectedShape('the workflow status');
      const seen = new Set<string>();
      const value: { Name: string; DisplayName: string }[] = [];
      for (const node of answer.body.filter(isRecord)) {
        const type = node['operationType'];
        if (typeof type !== 'string' || type === 'none' || type === 'all' || seen.has(type)) continue;
        seen.add(type);
        value.push({ Name: type, DisplayName: processDisplayNames[type] ?? type });
      }
      return info.response(200).json({ value });
    }),
  );
}
