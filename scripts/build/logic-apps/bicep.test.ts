import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArmTemplate } from './arm-template.js';
import { bicepString, renderBicep } from './bicep.js';
import { logicAppsModel } from './model.js';
import { evaluateArmTemplate } from './testing/arm-evaluator.js';
import { bicepParameterDescriptions, evaluateBicep, parseBicep } from './testing/bicep-evaluator.js';
import { apiKeyConnector, readGenerated, testContext } from './testing/fixtures.js';

/** Any code point but a lone surrogate (fast-check's 'binary' unit is slow to generate). */
const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));

const CONTEXTS = [
  testContext(),
  testContext({ createConnection: false, iconUri: 'https://icons.example.test/icon.png' }),
  testContext({ customApiName: 'my-api', connectionName: 'my-connection', location: 'eastus' }),
];

describe('main.bicep', () => {
  const bicep = readGenerated('logic-apps/main.bicep');
  const template = JSON.parse(readGenerated('logic-apps/customApi.json')) as Record<string, unknown>;

  it('describes the same parameters, resources and outputs as customApi.json, whatever is passed', () => {
    for (const context of CONTEXTS) {
      const fromBicep = evaluateBicep(bicep, context);
      const fromArm = evaluateArmTemplate(template, context);
      expect(fromBicep).toEqual(fromArm);
      // Same key order too: the swagger is one object in both.
      expect(JSON.stringify(fromBicep.resources)).toBe(JSON.stringify(fromArm.resources));
    }
  });

  it('defaults what customApi.json defaults, and requires what it requires', () => {
    const deployed = evaluateBicep(bicep, testContext());
    expect(deployed.parameters.clientSecret).toMatchObject({ type: 'securestring', hasDefault: false });
    expect(deployed.parameters.connectionName?.value).toBe('dynamics-365-customer-insights-connection');
    expect(deployed.resources.map((r) => [r.type, r.deployed])).toEqual([
      ['Microsoft.Web/customApis', true],
      ['Microsoft.Web/connections', true],
    ]);
    expect(() => evaluateBicep(bicep, { ...testContext(), parameters: {} })).toThrow(/backendHost/);
    expect(() => evaluateArmTemplate(template, { ...testContext(), parameters: {} })).toThrow(/backendHost/);
  });

  it('gives each parameter the description the template gives it', () => {
    const arm = Object.fromEntries(
      Object.entries(template.parameters as Record<string, { metadata: { description: string } }>).map(([k, v]) => [k, v.metadata.description]),
    );
    expect(bicepParameterDescriptions(bicep)).toEqual(arm);
  });

  it('agrees with the template for a connector of another shape (brackets, decimals, no OAuth)', () => {
    const model = logicAppsModel(apiKeyConnector());
    const context = testContext();
    expect(evaluateBicep(renderBicep(model), context)).toEqual(evaluateArmTemplate(JSON.parse(renderArmTemplate(model)) as Record<string, unknown>, context));
  });

  it('writes every string so Bicep reads it back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('$', '{', '}', "'", '\\', '\n', '\t', '[', 'a'), codePoint), maxLength: 40 }), (text) => {
        const parsed = parseBicep(`output x string = ${bicepString(text)}\n`);
        const value = parsed.outputs[0]!.value;
        expect(value.kind === 'string' ? value.parts : undefined).toEqual([text]);
      }),
      { numRuns: 200 },
    );
  });
});
