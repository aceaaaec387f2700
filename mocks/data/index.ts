/** Sample data for the mock backend. */
export { createSampleData, sampleInstanceIds, sampleProcesses, sampleReportTypes, sampleSiteId } from './sample-data.js';
export type { SampleDataOptions } from './sample-data.js';
export { createRandom } from './prng.js';
export type { Random } from './prng.js';
