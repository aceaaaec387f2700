/**
 * The Logic Apps template says what the Power Platform files say, except for the differences its
 * README lists: the embedded swagger, deployed with test values, is the Power Platform swagger
 * with the host set; every value of apiProperties is either carried to its place in the resource
 * or listed.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fromPointer, resolvePointer, toPointer } from '../../core/json-pointer.js';
import { renderArmTemplate } from './arm-template.js';
import { type LogicAppsInput, logicAppsModel } from './model.js';
import { renderLogicAppsReadme } from './readme.js';
import { evaluateArmTemplate } from './testing/arm-evaluator.js';
import { FILES, apiKeyConnector, readGenerated, readGeneratedJson, testContext } from './testing/fixtures.js';

/** Every leaf of a JSON value (empty arrays and objects count as leaves), as pointers. */
function leaves(value: unknown, at: (string | number)[] = []): string[] {
  if (Array.isArray(value) && value.length > 0) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  }
  return [toPointer(at)];
}

/** Where a value of apiProperties.json belongs in the customApis properties. */
function placeInResource(pointer: string): string | undefined {
  const [root, key, ...rest] = fromPointer(pointer);
  if (root !== 'properties') return undefined;
  if (key === 'iconBrandColor') return toPointer(['brandColor', ...rest]);
  if (key === 'connectionParameters' || key === 'capabilities') return toPointer([key, ...rest]);
  return undefined;
}

/** The apiProperties values neither carried to their place nor listed as a difference. */
function silentlyLost(input: LogicAppsInput): string[] {
  const model = logicAppsModel(input);
  const template = JSON.parse(renderArmTemplate(model)) as Record<string, unknown>;
  const deployed = evaluateArmTemplate(template, testContext());
  const resource = deployed.resources[0]!.properties;
  const listed = model.differences.filter((d) => d.file === FILES.apiProperties).map((d) => d.pointer ?? '');
  return leaves(input.apiProperties).filter((pointer) => {
    if (listed.some((p) => pointer === p || pointer.startsWith(`${p}/`))) return false;
    const place = placeInResource(pointer);
    return place === undefined || !isDeepStrictEqual(resolvePointer(resource, place), resolvePointer(input.apiProperties, pointer));
  });
}

const committedInput = (): LogicAppsInput => ({
  swagger: readGeneratedJson('apiDefinition.swagger.json') as unknown as LogicAppsInput['swagger'],
  apiProperties: readGeneratedJson('apiProperties.json') as LogicAppsInput['apiProperties'],
  throttlingPolicies: [],
  files: FILES,
});

describe('the Logic Apps template against the Power Platform files', () => {
  const template = readGeneratedJson<Record<string, unknown>>('logic-apps/customApi.json');
  const swagger = readGeneratedJson('apiDefinition.swagger.json');

  it('embeds the Power Platform swagger, byte for byte once deployed, except the host', () => {
    const deployed = evaluateArmTemplate(template, testContext({ backendHost: 'gateway.example.test' }));
    const api = deployed.resources[0]!.properties as { swagger: unknown };
    expect(JSON.stringify(api.swagger)).toBe(JSON.stringify({ ...swagger, host: 'gateway.example.test' }));
  });

  it('changes nothing else in the swagger: the README lists only the host and the embedding', () => {
    const model = logicAppsModel(committedInput());
    expect(model.differences.filter((d) => d.file === FILES.swagger).map((d) => d.pointer)).toEqual(['/host', '']);
  });

  it('carries every value of apiProperties.json to its place, or lists it', () => {
    expect(silentlyLost(committedInput())).toEqual([]);
  });

  it('lists what a connector of another shape loses, too', () => {
    const input = apiKeyConnector();
    expect(silentlyLost(input)).toEqual([]);
    const model = logicAppsModel(input);
    const pointers = model.differences.map((d) => d.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/properties/policyTemplateInstances/0',
        '/properties/connectionParameters/api_key/uiDefinition',
        '/properties/publisher',
        '/properties/stackOwner',
        '/properties/scriptOperations',
      ]),
    );
    expect(model.differences.some((d) => d.file === '(throttling policy)' && d.what.includes('10 calls per 30 seconds'))).toBe(true);
    // Without dynamichosturl the definition's host is the default; without OAuth there is no client.
    expect(model.parameters.find((p) => p.name === 'backendHost')?.defaultValue).toBe('widgets.example.com');
    expect(model.parameters.map((p) => p.name)).not.toContain('clientSecret');
    expect(model.removedConnectionParameters).toEqual([]);
  });

  it('removes exactly the connection parameter the dynamichosturl policy reads, whatever its name', () => {
    const input = committedInput();
    const properties = structuredClone(input.apiProperties.properties) as Record<string, Record<string, unknown>>;
    const connectionParameters = properties.connectionParameters as Record<string, unknown>;
    connectionParameters.backendAddress = connectionParameters.hostUrl;
    delete connectionParameters.hostUrl;
    (properties.policyTemplateInstances as unknown as { parameters: Record<string, string> }[])[0]!.parameters[
      'x-ms-apimTemplateParameter.urlTemplate'
    ] = "https://@connectionParameters('backendAddress')";
    const model = logicAppsModel({ ...input, apiProperties: { properties } });
    expect(model.removedConnectionParameters).toEqual(['backendAddress']);
    const deployed = evaluateArmTemplate(JSON.parse(renderArmTemplate(model)) as Record<string, unknown>, testContext());
    expect(Object.keys((deployed.resources[0]!.properties as { connectionParameters: object }).connectionParameters)).toEqual(['token']);
  });

  it('the README lists every difference of the model', () => {
    const readme = readGenerated('logic-apps/README.md');
    const model = logicAppsModel(committedInput());
    const rendered = renderLogicAppsReadme(model, { folder: 'generated/logic-apps', armTemplate: 'customApi.json', bicep: 'main.bicep', icon: 'generated/icon.png' });
    const section = readme.slice(readme.indexOf('## Differences from the Power Platform connector'));
    for (const d of model.differences.filter((x) => x.file !== '(throttling policy)')) {
      if (d.pointer) expect(section, d.pointer).toContain(`\`${d.pointer}\``);
      expect(rendered).toContain(d.handling.slice(0, 40));
    }
  });
});
