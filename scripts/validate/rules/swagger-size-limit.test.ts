import { expect, it } from 'vitest';
import { swagger, testRule } from '../testing.js';
import rule, { postedSize } from './swagger-size-limit.js';

/** A swagger whose compact JSON is `bytes` long (the description pads it). */
function ofCompactSize(bytes: number, fill = 'x'): Record<string, unknown> {
  const base = swagger({}, { info: { title: 'Contoso', version: '1.0', description: '' } });
  const overhead = postedSize(base);
  const unit = postedSize(fill) - 2;
  return swagger({}, { info: { title: 'Contoso', version: '1.0', description: fill.repeat(Math.floor((bytes - overhead) / unit)) } });
}

const under = ofCompactSize(1024 * 1024 - 1);
const exactly = ofCompactSize(1024 * 1024);

testRule(rule, {
  valid: [
    { name: 'just under 1 MB compact', swagger: under },
    // What paconn posts is compact: an indented file over 1 MB whose content is under it passes.
    { name: 'over 1 MB on disk, under it compact', swagger: under, text: JSON.stringify(under, null, 8) },
  ],
  invalid: [
    { name: 'exactly 1 MB compact', swagger: exactly, pointers: [''], message: /1048576 bytes as paconn posts it/ },
    { name: 'non-ASCII counted as paconn escapes it', swagger: ofCompactSize(1024 * 1024 + 6, 'é'), pointers: [''] },
  ],
});

it('measures as json.dumps writes: separators with a space, non-ASCII escaped', () => {
  // json.dumps({"a": [1, 2], "b": "é"}) == '{"a": [1, 2], "b": "\\u00e9"}' (28 characters)
  expect(postedSize({ a: [1, 2], b: 'é' })).toBe(28);
});
