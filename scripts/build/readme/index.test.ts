import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { customerInsightsConnector, triggers, actions } from '../../../connector/index.js';
import type { AssembledConnector, OperationUnit } from '../../../connector/kit/index.js';
import { parseSeed } from '../../../test/seed/parse-seed.js';
import { isPreview } from './facts.js';
import { renderReadme } from './index.js';
import { slug } from './markdown.js';

const projectFile = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
const connector = customerInsightsConnector();
const readme = renderReadme(connector);
const seed = parseSeed(readFileSync(projectFile('test/seed/connector-reference.txt'), 'utf8'));

function headings(markdown: string, level: number): string[] {
  const prefix = `${'#'.repeat(level)} `;
  return markdown.split('\n').filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
}

function withOperation(base: AssembledConnector, operationId: string, change: (unit: OperationUnit) => OperationUnit): AssembledConnector {
  return { ...base, operations: base.operations.map((unit) => (unit.operation.operationId === operationId ? change(unit) : unit)) };
}

describe('renderReadme output', () => {
  it('is byte-stable: two renders are identical', () => {
    expect(renderReadme(customerInsightsConnector())).toBe(readme);
  });

  it('is what generated/README.md holds (run `npm run build` and commit it when this fails)', () => {
    expect(readFileSync(projectFile('generated/README.md'), 'utf8')).toBe(readme);
  });

  it('uses LF line ends, no trailing spaces, no runs of blank lines and one trailing newline', () => {
    expect(readme).not.toMatch(/\r/);
    expect(readme).not.toMatch(/[ \t]$/m);
    expect(readme).not.toMatch(/\n\n\n/);
    expect(readme.endsWith('\n')).toBe(true);
    expect(readme.endsWith('\n\n')).toBe(false);
  });

  it('names no machine paths', () => {
    expect(readme).not.toMatch(/\/(?:work|home|Users|tmp)\/|[A-Za-z]:\\/);
  });
});

describe('the certified-connector template', () => {
  it('has the title and publisher of the reference page', () => {
    expect(headings(readme, 1)).toEqual([seed.title]);
    expect(readme.split('\n')[2]).toContain(seed.summary);
    expect(headings(readme, 2)[0]).toBe(`Publisher: ${seed.publisher}`);
  });

  it('has the sections of the template, in its order, then the reference', () => {
    expect(headings(readme, 2)).toEqual([
      'Publisher: Microsoft',
      'Prerequisites',
      'Supported Operations',
      'Obtaining Credentials',
      'Getting Started',
      'Known Issues and Limitations',
      'Frequently Asked Questions',
      'Deployment Instructions',
      'Reference',
    ]);
  });

  it('lists every visible action and trigger under Supported Operations, and no internal operation', () => {
    const section = readme.slice(readme.indexOf('## Supported Operations'), readme.indexOf('## Obtaining Credentials'));
    const listed = section.split('\n').filter((line) => line.startsWith('- [')).map((line) => /^- \[([^\]]+)\]/.exec(line)![1]);
    expect(listed).toEqual([...actions, ...triggers].map((u) => u.operation.summary));
    for (const unit of connector.operations.filter((u) => u.operation['x-ms-visibility'] === 'internal')) {
      expect(headings(readme, 4)).not.toContain(unit.operation.summary);
    }
  });

  it('links only to headings that exist, each with one anchor', () => {
    const anchors = [1, 2, 3, 4, 5].flatMap((level) => headings(readme, level)).map(slug);
    const targets = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of new Set(targets)) {
      expect(anchors.filter((a) => a === target), `link target #${target}`).toHaveLength(1);
    }
  });

  it('leaves the callback URL of the triggers out of the reference', () => {
    expect(readme).not.toMatch(/\| (?:callbackUrl|subscription) \|/);
  });
});

describe('facts taken from the definition', () => {
  it('writes the throttling table and limitation from connector.throttlingPolicies', () => {
    const changed = renderReadme({ ...connector, throttlingPolicies: [{ name: 'Calls per flow', calls: 42, renewalPeriodSeconds: 7 }] });
    expect(changed).toContain('| Calls per flow | 42 | 7 seconds |');
    expect(changed).toContain('at most 42 calls per 7 seconds');
    expect(changed).not.toContain('| 100 |');
    expect(changed).not.toContain('60 seconds');
    const policy = connector.throttlingPolicies[0]!;
    expect(readme).toContain(`| ${policy.name} | ${policy.calls} | ${policy.renewalPeriodSeconds} seconds |`);
  });

  it('lists the preview operations from their annotations', () => {
    const previewLine = (markdown: string) => markdown.split('\n').find((line) => line.startsWith('- These operations are in preview'));
    const listed = (markdown: string) => [...(previewLine(markdown) ?? '').matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    expect(listed(readme)).toEqual([...actions, ...triggers].filter(isPreview).map((u) => u.operation.summary));
    expect(listed(readme)).toEqual(seed.actions.concat(seed.triggers).map((o) => o.summary).filter((s) => s.endsWith('(Preview)')));

    const more = withOperation(connector, 'GetEntities', (u) => ({ ...u, operation: { ...u.operation, 'x-ms-api-annotation': { status: 'Preview' } } }));
    expect(listed(renderReadme(more))).toContain('Get entities');
  });

  it('finds the definition consistent: an operation says "(Preview)" in its summary exactly when its annotation says Preview', () => {
    for (const unit of [...actions, ...triggers]) {
      expect(unit.operation.summary.endsWith('(Preview)'), unit.operation.operationId).toBe(
        unit.operation['x-ms-api-annotation']?.status === 'Preview',
      );
    }
  });

  it('states the filterable fields of Get items as its description does', () => {
    const getItems = connector.operations.find((u) => u.operation.operationId === 'GetItems')!;
    const bullets = getItems.operation.description.split('\n').filter((l) => l.startsWith('- '));
    const section = readme.slice(readme.indexOf('## Known Issues and Limitations'), readme.indexOf('## Frequently Asked Questions'));
    expect(bullets.length).toBe(3);
    for (const bullet of bullets) expect(section).toContain(`  ${bullet}`);
    expect(section).toContain('`$skip`');
    expect(section).toContain('without dimensions');
    const upward = section.split('\n').filter((line) => line.includes('crosses the threshold upward'));
    expect(upward).toHaveLength(2);
  });

  it("adds the connector's own known issues (documentation.knownIssues) at the end of the section, as list items", () => {
    const section = (markdown: string) => markdown.slice(markdown.indexOf('## Known Issues and Limitations'), markdown.indexOf('## Frequently Asked Questions'));
    for (const item of connector.documentation?.knownIssues ?? []) expect(section(readme)).toContain(`- ${item}\n`);
    const extra = renderReadme({ ...connector, documentation: { knownIssues: ['One more limitation.'] } });
    expect(section(extra).trimEnd().endsWith('- One more limitation.')).toBe(true);
    expect(section(renderReadme({ ...connector, documentation: {} }))).not.toContain('One more limitation.');
  });

  it("takes the Customer Insights prose from the connector's documentation, not from the README generator", () => {
    const bare = renderReadme({ ...connector, documentation: {} });
    expect(readme).toContain('## Getting Started');
    expect(bare).not.toContain('## Getting Started');
    expect(bare).not.toContain('loyalty');
    expect(bare).not.toContain('Customer Insights API');
    expect(bare).toContain('access to the API (resource');
  });
});

describe('deployment instructions', () => {
  const section = readme.slice(readme.indexOf('## Deployment Instructions'), readme.indexOf('## Reference'));

  it.each([
    'paconn login',
    'paconn create --settings settings.json --secret <client secret> --overwrite-settings',
    'paconn update --settings settings.json --secret <client secret>',
    'npx insights-connector build --client-id <client id> --environment <environment id>',
    '`CONNECTOR_CLIENT_ID`',
    '`CONNECTOR_ENVIRONMENT`',
    '`CONNECTOR_ID`',
    'pac connector create --api-definition-file generated/apiDefinition.swagger.json --api-properties-file apiProperties.deploy.json --icon-file generated/icon.png --solution-unique-name <solution>',
    'pac connector update --connector-id <connector id>',
    'Without apiProperties',
    '**Custom connectors** > **New custom connector** > **Import an OpenAPI file**',
    '`hostUrl`',
  ])('says %s', (text) => {
    expect(section).toContain(text);
  });

  it('tells a certification build apart, whose apiProperties carries stackOwner that paconn update refuses', () => {
    expect(section).toContain('This build leaves `stackOwner` out');
    const certification = renderReadme(customerInsightsConnector({ certification: true }));
    expect(certification).toContain('carries `stackOwner` for certification');
    expect(certification).not.toContain('This build leaves `stackOwner` out');
  });

  it('names the app registration facts of apiProperties', () => {
    const oauth = connector.apiProperties.properties.connectionParameters.token;
    expect(oauth?.type).toBe('oauthSetting');
    if (oauth?.type !== 'oauthSetting') return;
    expect(readme).toContain(`\`${oauth.oAuthSettings.redirectUrl}\``);
    expect(readme).toContain(`\`${oauth.oAuthSettings.customParameters.resourceUri.value}\``);
    expect(readme).toContain(`\`${oauth.oAuthSettings.clientId}\``);
  });

  it('names files that the build writes, as generated/settings.json names them', () => {
    const named = new Set([...readme.matchAll(/\bgenerated\/([\w.]+\w)/g)].map((m) => m[1]!));
    expect(named.size).toBeGreaterThan(0);
    for (const file of named) expect(existsSync(projectFile(`generated/${file}`)), `generated/${file}`).toBe(true);
    const settings = JSON.parse(readFileSync(projectFile('generated/settings.json'), 'utf8')) as Record<string, string>;
    for (const key of ['apiDefinition', 'apiProperties', 'icon'] as const) {
      expect(readme).toContain(settings[key]!);
    }
  });
});
