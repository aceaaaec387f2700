import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_TENANT } from './readme.js';
import { ROOT, readGenerated, readGeneratedJson } from './testing/fixtures.js';

/** Each fenced sh block: its commands and the line before its fence. */
function shBlocks(markdown: string): { before: string; commands: string[] }[] {
  const lines = markdown.split('\n');
  const blocks: { before: string; commands: string[] }[] = [];
  lines.forEach((line, i) => {
    if (line !== '```sh') return;
    const end = lines.indexOf('```', i + 1);
    blocks.push({ before: lines[i - 1] ?? '', commands: lines.slice(i + 1, end) });
  });
  return blocks;
}

const template = readGeneratedJson<{ parameters: Record<string, { defaultValue?: unknown }> }>('logic-apps/customApi.json');
const required = Object.entries(template.parameters).filter(([, p]) => !('defaultValue' in p)).map(([name]) => name);

describe('the Logic Apps deployment commands', () => {
  const generated = readGenerated('logic-apps/README.md');
  const top = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = top.slice(top.indexOf('## Deploying to Logic Apps'), top.indexOf('\n## ', top.indexOf('## Deploying to Logic Apps') + 1));

  it('pass exactly the parameters the template requires', () => {
    expect(required).toEqual(['backendHost', 'clientId', 'clientSecret']);
    const commands = [...shBlocks(generated), ...shBlocks(section)].flatMap((b) => b.commands).filter((c) => c.startsWith('az deployment'));
    expect(commands).toHaveLength(4);
    for (const command of commands) {
      const passed = command.split('--parameters ')[1]?.split(' ').map((p) => p.split('=')[0]);
      expect(passed, command).toEqual(required);
    }
  });

  it('are the same in the top-level README and the generated one', () => {
    const deploy = (markdown: string) => shBlocks(markdown).flatMap((b) => b.commands).filter((c) => c.startsWith('az deployment'));
    expect(deploy(section)).toEqual(deploy(generated));
    expect(deploy(section)).toEqual([
      'az deployment group create --resource-group <rg> --template-file generated/logic-apps/customApi.json --parameters backendHost=<host> clientId=<id> clientSecret=<secret>',
      'az deployment group create --resource-group <rg> --template-file generated/logic-apps/main.bicep --parameters backendHost=<host> clientId=<id> clientSecret=<secret>',
    ]);
  });

  it('are marked as needing a tenant, on the line before the fence', () => {
    const blocks = [...shBlocks(generated), ...shBlocks(section)].filter((b) => b.commands.some((c) => c.startsWith('az ')));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(block.before, block.commands[0]).toBe(NEEDS_TENANT);
  });

  it('name files that the build writes', () => {
    for (const block of [...shBlocks(generated), ...shBlocks(section)]) {
      for (const command of block.commands) {
        for (const file of command.match(/generated\/[\w./-]+/g) ?? []) {
          expect(() => readFileSync(path.join(ROOT, file)), file).not.toThrow();
        }
      }
    }
  });
});
