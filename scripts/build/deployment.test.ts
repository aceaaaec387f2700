import { describe, expect, it } from 'vitest';
import type { ApiProperties } from '../../connector/kit/index.js';
import { deploymentFiles, withClientId } from './deployment.js';

const oauth = (clientId: string) => ({ type: 'oauthSetting', oAuthSettings: { identityProvider: 'aad', clientId, scopes: [] } });
const properties = {
  properties: {
    connectionParameters: { token: oauth('placeholder'), hostUrl: { type: 'string' } },
    connectionParameterSets: { values: [{ name: 'b', parameters: { token: oauth('placeholder') } }] },
    iconBrandColor: '#123456',
  },
} as unknown as ApiProperties;

describe('deploymentFiles', () => {
  it('sets the client id of every OAuth parameter, including parameter sets, on a copy', () => {
    const copy = withClientId(properties, 'id') as unknown as typeof properties & Record<string, never>;
    const text = JSON.stringify(copy);
    expect(text.match(/"clientId":"id"/g)).toHaveLength(2);
    expect(JSON.stringify(properties)).not.toContain('"clientId":"id"');
  });

  it('writes only the settings file without a client id, keeping the connector id paconn wrote', () => {
    const files = deploymentFiles({
      settingsFile: 'settings.json',
      outputFolder: 'generated',
      environment: 'env',
      apiProperties: properties,
      existingSettings: JSON.stringify({ connectorId: 'shared_x', environment: 'old' }),
    });
    expect([...files.keys()]).toEqual(['settings.json']);
    expect(JSON.parse(files.get('settings.json')!.toString())).toMatchObject({
      connectorId: 'shared_x',
      environment: 'env',
      apiProperties: 'generated/apiProperties.json',
    });
  });

  it('points settings at the client-id copy beside it', () => {
    const files = deploymentFiles({ settingsFile: 'deploy/settings.json', outputFolder: 'generated', clientId: 'id', apiProperties: properties });
    expect(JSON.parse(files.get('deploy/settings.json')!.toString()).apiProperties).toBe('deploy/apiProperties.deploy.json');
    expect(files.get('deploy/apiProperties.deploy.json')!.toString()).toContain('"clientId": "id"');
  });

  it('ignores an unreadable existing settings file rather than failing the deploy build', () => {
    const files = deploymentFiles({ settingsFile: 'settings.json', outputFolder: 'g', environment: 'e', apiProperties: properties, existingSettings: '{oops' });
    expect(JSON.parse(files.get('settings.json')!.toString())).not.toHaveProperty('connectorId');
  });
});
