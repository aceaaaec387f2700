import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.js';
import { collect } from './collect.js';
import { projectConnector } from './project-folder.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'project-'));
  writeFileSync(path.join(dir, 'package.json'), '{"name":"p"}');
  cpSync(path.join(ROOT, 'generated'), path.join(dir, 'generated'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a project folder given to validate', () => {
  it('resolves to generated/, the build output, and validates it as one connector', () => {
    expect(projectConnector(dir)).toEqual({ kind: 'folder', folder: path.join(dir, 'generated') });
    const { connectors, problems, notes } = collect([dir]);
    expect(problems).toEqual([]);
    expect(connectors).toHaveLength(1);
    expect(connectors[0]!.swagger?.file).toBe(path.join(dir, 'generated', 'apiDefinition.swagger.json'));
    expect(notes[0]).toMatch(/project folder/);
  });

  it('prefers generated-certification/ for the certification profile when it exists', () => {
    expect(projectConnector(dir, 'certification')).toEqual({ kind: 'folder', folder: path.join(dir, 'generated') });
    cpSync(path.join(dir, 'generated'), path.join(dir, 'generated-certification'), { recursive: true });
    expect(projectConnector(dir, 'certification')).toEqual({ kind: 'folder', folder: path.join(dir, 'generated-certification') });
  });

  it('prefers generated-certification/ over settings.json for the certification profile', () => {
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ apiDefinition: 'generated/apiDefinition.swagger.json' }));
    expect(projectConnector(dir, 'certification')).toMatchObject({ kind: 'settings' });
    cpSync(path.join(dir, 'generated'), path.join(dir, 'generated-certification'), { recursive: true });
    expect(projectConnector(dir, 'certification')).toEqual({ kind: 'folder', folder: path.join(dir, 'generated-certification') });
    expect(projectConnector(dir)).toMatchObject({ kind: 'settings' });
  });

  it("follows the deploy-time settings.json to the files paconn would deploy", () => {
    writeFileSync(path.join(dir, 'apiProperties.deploy.json'), '{"properties":{"iconBrandColor":"#123456"}}');
    writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({ apiDefinition: 'generated/apiDefinition.swagger.json', apiProperties: 'apiProperties.deploy.json' }),
    );
    const { connectors } = collect([dir]);
    expect(connectors).toHaveLength(1);
    expect(connectors[0]!.apiProperties?.file).toBe(path.join(dir, 'apiProperties.deploy.json'));
    expect(connectors[0]!.settings?.file).toBe(path.join(dir, 'settings.json'));
  });

  it('leaves a connector folder and a folder without package.json alone', () => {
    expect(projectConnector(path.join(dir, 'generated'))).toBeUndefined();
    const bare = path.join(dir, 'bare');
    mkdirSync(bare);
    expect(projectConnector(bare)).toBeUndefined();
  });
});

describe("a build output's settings.json", () => {
  it('names its files from the project root, where paconn runs: validating the folder from there finds them', async () => {
    expect(process.cwd()).toBe(ROOT);
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((stdout += String(c)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['validate', 'generated', '--format', 'json'])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    expect(stdout).not.toContain('settings-file-exists');
  });
});
