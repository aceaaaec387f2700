import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { toStableJson } from '../../core/stable-json.js';
import { renderArmTemplate } from './arm-template.js';
import { logicAppsModel } from './model.js';
import { apiKeyConnector, readGenerated } from './testing/fixtures.js';

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'custom-apis.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function errorsOf(template: unknown): string[] {
  return validate(template) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

describe('customApi.json', () => {
  const text = readGenerated('logic-apps/customApi.json');

  it('is strict JSON in the build\'s stable form', () => {
    const template = JSON.parse(text) as unknown;
    expect(text).toBe(toStableJson(template));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('conforms to the documented properties of Microsoft.Web/customApis and connections @2016-06-01', () => {
    expect(errorsOf(JSON.parse(text))).toEqual([]);
  });

  it('conforms for a connector of another shape too', () => {
    expect(errorsOf(JSON.parse(renderArmTemplate(logicAppsModel(apiKeyConnector()))))).toEqual([]);
  });

  it('the description refuses what the resource has no place for', () => {
    const template = JSON.parse(text) as { resources: { properties: Record<string, unknown> }[] };
    const api = template.resources[0]!.properties as { connectionParameters: Record<string, Record<string, unknown>> };
    api.connectionParameters.token!.uiDefinition = { displayName: 'Sign in' };
    (api as Record<string, unknown>).policyTemplateInstances = [];
    expect(errorsOf(template).join('\n')).toMatch(/uiDefinition[\s\S]*policyTemplateInstances|policyTemplateInstances[\s\S]*uiDefinition/);
  });

  it('holds no secret: the client secret is a securestring parameter without a default, read by an expression', () => {
    const template = JSON.parse(text) as {
      parameters: Record<string, { type: string; defaultValue?: unknown }>;
      resources: { properties: { connectionParameters?: Record<string, { oAuthSettings?: { clientId: string; clientSecret: string } }> } }[];
    };
    expect(template.parameters.clientSecret).toMatchObject({ type: 'securestring' });
    expect(template.parameters.clientSecret).not.toHaveProperty('defaultValue');
    expect(template.parameters.clientId).not.toHaveProperty('defaultValue');
    const oauth = template.resources[0]!.properties.connectionParameters!.token!.oAuthSettings!;
    expect(oauth.clientSecret).toBe("[parameters('clientSecret')]");
    expect(oauth.clientId).toBe("[parameters('clientId')]");
    // The placeholder client id of the Power Platform file is not carried over.
    expect(text).not.toMatch(/00000000-0000-0000-0000-000000000000/);
    for (const file of ['logic-apps/main.bicep', 'logic-apps/README.md', 'logic-apps/customApi.json']) {
      expect(readGenerated(file), file).not.toMatch(/clientSecret['"]?\s*[:=]\s*['"][^'"[]/);
    }
  });

  it('deploys the connector at the backend host and the connection after it', () => {
    const template = JSON.parse(text) as { resources: Record<string, unknown>[] };
    const [api, connection] = template.resources as [Record<string, unknown>, Record<string, unknown>];
    expect(api).toMatchObject({ type: 'Microsoft.Web/customApis', apiVersion: '2016-06-01', name: "[parameters('customApiName')]" });
    expect((api.properties as unknown as { backendService: unknown }).backendService).toEqual({ serviceUrl: "[concat('https://', parameters('backendHost'), '/')]" });
    expect((api.properties as unknown as { swagger: { host: string } }).swagger.host).toBe("[parameters('backendHost')]");
    expect(connection).toMatchObject({
      condition: "[parameters('createConnection')]",
      type: 'Microsoft.Web/connections',
      dependsOn: ["[resourceId('Microsoft.Web/customApis', parameters('customApiName'))]"],
    });
  });
});
