import { expect, it } from 'vitest';
import { renewalSeconds, throttlingFromReadme } from './throttling-from-readme.js';

it('reads every row of a Throttling Limits table', () => {
  const readme = [
    '## Known Issues', '', '### Throttling Limits', '',
    '| Name | Calls | Renewal Period |', '| --- | --- | --- |',
    '| API calls per connection | 100 | 60 seconds |', '| Frequency of trigger polls | 1 | 1 minute |', '',
    '| Name | Type |', '| --- | --- |', '| x | 5 |',
  ].join('\n');
  expect(throttlingFromReadme(readme)).toEqual([
    { name: 'API calls per connection', calls: 100, renewalPeriodSeconds: 60 },
    { name: 'Frequency of trigger polls', calls: 1, renewalPeriodSeconds: 60 },
  ]);
});

it('skips rows it cannot read and finds nothing in a README without the table', () => {
  expect(throttlingFromReadme('| Name | Calls | Renewal Period |\n|---|---|---|\n| a | many | 60 seconds |\n| b | 0 | 1 s |')).toEqual([]);
  expect(throttlingFromReadme('# A connector\n\nNo limits documented.\n')).toEqual([]);
  expect(renewalSeconds('15 seconds')).toBe(15);
  expect(renewalSeconds('2 hours')).toBe(7200);
  expect(renewalSeconds('soon')).toBeUndefined();
});
