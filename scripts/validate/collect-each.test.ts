import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, collectEach } from './collect.js';
import { swagger } from './testing.js';

let dir: string;
const folder = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'collect-each-'));
  for (const name of ['a', 'b', 'c']) {
    mkdirSync(folder(name));
    writeFileSync(path.join(folder(name), 'apiDefinition.swagger.json'), JSON.stringify(swagger({}), null, 2));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectEach', () => {
  it('reads each folder only when asked for its connector, so a caller holds one at a time', () => {
    const events = collectEach([folder('a'), folder('b')]);
    const first = events.next();
    expect(first.value).toMatchObject({ connector: { swagger: { file: path.join(folder('a'), 'apiDefinition.swagger.json') } } });
    // b has not been read yet: taking its file away now is seen when it is reached.
    rmSync(path.join(folder('b'), 'apiDefinition.swagger.json'));
    expect(events.next().value).toEqual({ problem: `${folder('b')} contains no swagger, apiProperties or settings file` });
    expect(events.next().done).toBe(true);
  });

  it('gives the connectors in the order of the paths, loose files grouped by folder at the end', () => {
    const loose = path.join(folder('c'), 'apiDefinition.swagger.json');
    const kinds = [...collectEach([loose, folder('a'), folder('c')])].map((event) =>
      'connector' in event ? Object.values(event.connector).map((d) => path.relative(dir, d!.file)) : event,
    );
    expect(kinds).toEqual([[path.join('a', 'apiDefinition.swagger.json')], [path.join('c', 'apiDefinition.swagger.json')], [path.join('c', 'apiDefinition.swagger.json')]]);
    expect(collect([loose, folder('a')]).connectors).toHaveLength(2);
  });
});
