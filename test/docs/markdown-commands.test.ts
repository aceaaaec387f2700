import { describe, expect, it } from 'vitest';
import { documentedCommands, placeholders, shellWords } from './markdown-commands.js';

const markdown = [
  'Intro.',
  '',
  '```sh',
  '# a comment line',
  'npm ci && npm run build',
  'pac connector create --api-definition-file a.json \\',
  '  --icon-file icon.png',
  '',
  '```',
  '',
  '<!-- needs-tenant -->',
  '',
  '```sh',
  'paconn login',
  '```',
  '```ts',
  'const notShell = 1;',
  '```',
  '```text',
  'npx not-a-command',
  '```',
].join('\n');

describe('documentedCommands', () => {
  it('takes sh blocks only, joins continuation lines, skips comments, and keeps the line of each command', () => {
    expect(documentedCommands('R.md', markdown)).toEqual([
      { file: 'R.md', line: 5, text: 'npm ci && npm run build', needsTenant: false, block: 0 },
      { file: 'R.md', line: 6, text: 'pac connector create --api-definition-file a.json --icon-file icon.png', needsTenant: false, block: 0 },
      { file: 'R.md', line: 14, text: 'paconn login', needsTenant: true, block: 1 },
    ]);
  });

  it('splits shell words with quotes and stops at a comment', () => {
    expect(shellWords(`paconn create --secret "a b" -s 'x y' # the rest`)).toEqual(['paconn', 'create', '--secret', 'a b', '-s', 'x y']);
    expect(shellWords('a "" b')).toEqual(['a', '', 'b']);
  });

  it('finds placeholders', () => {
    expect(placeholders('build --client-id <client id> --environment <environment id> > out.json')).toEqual(['client id', 'environment id']);
  });
});
