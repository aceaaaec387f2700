import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleData, sampleInstanceIds } from '../../mocks/index.js';
import { defaultRoutes } from '../config.js';
import { startHarness, type MappingHarness } from '../testing/harness.js';

let h: MappingHarness;
beforeAll(async () => void (h = await startHarness()));
afterAll(() => h.close());
const dataset = sampleInstanceIds.loyalty;

describe('ListProcesses → GET /instances/{id}/workflows/main/status', () => {
  it("offers one choice per operation type of the workflow, named as the REST API names jobs' tasks", async () => {
    const path = `/datasets/${dataset}/lookups/processes`;
    const answer = await h.call('GET', path);
    expect(answer.status).toBe(200);
    const processes = createSampleData().instances[0]!.processes;
    expect(answer.json.value.map((p: { Name: string }) => p.Name)).toEqual(processes.map((p) => p.Name.charAt(0).toLowerCase() + p.Name.slice(1)));
    expect(answer.json.value.find((p: { Name: string }) => p.Name === 'ingestion').DisplayName).toBe('Data sources');
    expect(await h.violations('GET', path, answer)).toEqual([]);
  });

  it('follows the configured route (the 2024 documentation puts workflows under /manage)', async () => {
    h.ctx.routes.workflowStatus = '/instances/{instanceId}/manage/workflows/main/status';
    try {
      const answer = await h.call('GET', `/datasets/${dataset}/lookups/processes`);
      expect(answer.status).toBe(200);
      expect(h.fake.calls.at(-1)!.path).toBe(`/instances/${dataset}/manage/workflows/main/status`);
    } finally {
      h.ctx.routes.workflowStatus = defaultRoutes.workflowStatus;
    }
  });
});
