import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateArmTemplate } from '../../scripts/build/logic-apps/testing/arm-evaluator.js';
import { testContext } from '../../scripts/build/logic-apps/testing/fixtures.js';
import { checkWorkflow, type DeployedNames, type Swagger } from './check-workflow.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, never>;

const swagger = read('generated/apiDefinition.swagger.json') as unknown as Swagger;
const sample = () => read('examples/logic-apps/segment-threshold.workflow.json') as unknown as Record<string, never>;

/** The names the Logic Apps template deploys by default, as Resource Manager evaluates them. */
function deployedNames(): DeployedNames {
  const deployed = evaluateArmTemplate(read('generated/logic-apps/customApi.json'), testContext());
  return { customApiName: String(deployed.parameters.customApiName?.value), connectionName: String(deployed.parameters.connectionName?.value) };
}

type Mutable = Record<string, any>;

describe('the Logic Apps sample workflow', () => {
  it('uses only operations, parameters and outputs the generated connector has, with their types', () => {
    expect(checkWorkflow(sample(), swagger, deployedNames())).toEqual([]);
  });

  it('uses the segment-threshold trigger and one action through the deployed connection', () => {
    const workflow = sample() as Mutable;
    const trigger = workflow.definition.triggers.When_a_segment_threshold_is_crossed;
    expect(trigger.type).toBe('ApiConnectionWebhook');
    expect(trigger.inputs.path).toMatch(/\/subscriptions\/segmentthresholdcrossed$/);
    expect(Object.values(workflow.definition.actions as Record<string, Mutable>).map((a) => a.type)).toEqual(['ApiConnection']);
  });

  it('fails when the connector changes under it', () => {
    const names = deployedNames();
    const cases: [string, (w: Mutable) => void, RegExp][] = [
      ['a renamed query parameter', (w) => { w.definition.triggers.When_a_segment_threshold_is_crossed.inputs.queries = { segmentName: 'GoldMembers', threshold: 100 }; }, /no query parameter 'segmentName'[\s\S]*needs the query parameter 'segment'/],
      ['a value of the wrong type', (w) => { w.definition.triggers.When_a_segment_threshold_is_crossed.inputs.queries.threshold = 'many'; }, /'threshold' is integer, got string/],
      ['a path that no longer exists', (w) => { w.definition.actions.Get_items.inputs.path = '/datasets/x/entities/Customer/items'; }, /no operation of the connector at GET/],
      ['a method the path does not have', (w) => { w.definition.actions.Get_items.inputs.method = 'delete'; }, /no operation of the connector at DELETE/],
      ['a trigger output that is gone', (w) => { w.definition.actions.Get_items.inputs.queries.$top = "@triggerBody()?['MemberCount']"; }, /payload has no field 'MemberCount'/],
      ['a trigger output of another type', (w) => { w.definition.actions.Get_items.inputs.queries.$top = "@triggerBody()?['DisplayName']"; }, /'\$top' is integer, but the trigger's 'DisplayName' is string/],
      ['a callback URL that is not the platform\'s', (w) => { w.definition.triggers.When_a_segment_threshold_is_crossed.inputs.body.callbackUrl = 'https://example.test/hook'; }, /must be @\{listCallbackUrl\(\)\}/],
      ['another connector resource', (w) => { w.parameters.$connections.value['dynamics-365-customer-insights'].id = '/subscriptions/x/providers/Microsoft.Web/customApis/other'; }, /no connection to the custom connector/],
      ['an action used as the trigger', (w) => { w.definition.triggers.When_a_segment_threshold_is_crossed.inputs.path = "/datasets/@{encodeURIComponent('x')}/tables/@{encodeURIComponent('Customer')}/items"; }, /no operation of the connector at \/datasets/],
    ];
    for (const [label, mutate, expected] of cases) {
      const workflow = sample() as Mutable;
      mutate(workflow);
      const problems = checkWorkflow(workflow, swagger, names).map((p) => `${p.pointer}: ${p.message}`).join('\n');
      expect(problems, label).toMatch(expected);
    }
  });
});
