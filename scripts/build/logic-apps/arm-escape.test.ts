import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeArmLiteral, looksLikeArmExpression, unescapeArmLiteral } from './arm-escape.js';
import { renderArmTemplate } from './arm-template.js';
import { logicAppsModel } from './model.js';
import { evaluateArmTemplate } from './testing/arm-evaluator.js';
import { apiKeyConnector, testContext } from './testing/fixtures.js';

describe('ARM literal escaping', () => {
  it('doubles the first bracket of a string ARM would evaluate, and only of those', () => {
    expect(escapeArmLiteral('[parameters(1)]')).toBe('[[parameters(1)]');
    expect(escapeArmLiteral('[x]')).toBe('[[x]');
    expect(escapeArmLiteral('[]')).toBe('[[]');
    // Not an expression to ARM (it does not end with ']'): doubling would deploy an extra '['.
    expect(escapeArmLiteral('[Preview] Reads widgets.')).toBe('[Preview] Reads widgets.');
    expect(escapeArmLiteral('[')).toBe('[');
    expect(escapeArmLiteral('plain [text]')).toBe('plain [text]');
  });

  it('deploys every string unchanged (escape, then read as ARM reads it)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('[', ']', 'a', "'", ' ') }), (text) => {
        const written = escapeArmLiteral(text);
        expect(unescapeArmLiteral(written)).toBe(text);
      }),
      { numRuns: 500 },
    );
    expect(looksLikeArmExpression('[[x]')).toBe(true);
    expect(unescapeArmLiteral('[parameters(1)]')).toBeUndefined();
  });

  it('keeps a description beginning with [ through the whole template, in values and property names', () => {
    const input = apiKeyConnector();
    const template = JSON.parse(renderArmTemplate(logicAppsModel(input))) as Record<string, unknown>;
    const text = JSON.stringify(template);
    // Written escaped where ARM would evaluate, untouched where it would not.
    expect(text).toContain('"[[internal]"');
    expect(text).toContain('"[[x]"');
    expect(text).toContain('"[[key]"');
    expect(text).toContain('"[[[already doubled]"');
    expect(text).toContain('"[Preview] Reads and writes widgets of a store."');

    const deployed = evaluateArmTemplate(template, testContext({ backendHost: 'widgets.example.com' }));
    const api = deployed.resources[0]!.properties as { description: string; swagger: Record<string, unknown> };
    expect(api.description).toBe('[Preview] Reads and writes widgets of a store.');
    expect(api.swagger).toEqual(input.swagger);
  });
});
