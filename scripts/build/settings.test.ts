import { describe, expect, it } from 'vitest';
import { paconnSettings } from './settings.js';

describe('paconnSettings', () => {
  it('names the files relative to the folder paconn runs in, with only the keys paconn reads', () => {
    expect(paconnSettings({ folder: 'generated' })).toEqual({
      apiProperties: 'generated/apiProperties.json',
      apiDefinition: 'generated/apiDefinition.swagger.json',
      icon: 'generated/icon.png',
      powerAppsApiVersion: '2016-11-01',
      powerAppsUrl: 'https://api.powerapps.com',
    });
  });

  it('adds the environment and connector id only when given', () => {
    const settings = paconnSettings({ folder: '.', environment: 'e', connectorId: 'c' });
    expect(settings).toMatchObject({ environment: 'e', connectorId: 'c', apiDefinition: 'apiDefinition.swagger.json' });
  });
});
