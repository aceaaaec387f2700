/**
 * The Power Automate sample flow "post to a Microsoft Teams channel when a data source refresh
 * fails", checked against generated/: the connector's trigger and every field the message uses
 * must exist there with the types the flow relies on, so a breaking change to the connector shows
 * up as a broken sample. The connector parts are checked by examples/logic-apps/check-workflow.ts
 * (operations, parameters, trigger outputs, $connections); this adds the fields read from each
 * item of the trigger's list, which that checker does not follow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateArmTemplate } from '../scripts/build/logic-apps/testing/arm-evaluator.js';
import { testContext } from '../scripts/build/logic-apps/testing/fixtures.js';
import { createServer } from 'node:http';
import { createClient } from '../client/create-client.js';
import { startServer } from '../scripts/serve/server.js';
import { checkWorkflow, type DeployedNames, type Swagger } from './logic-apps/check-workflow.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, any>;
const swagger = read('generated/apiDefinition.swagger.json') as Swagger & Record<string, any>;
const sample = () => read('examples/refresh-failed-to-teams.workflow.json');

const TRIGGER = 'When_a_data_source_refresh_fails';
const LOOP = 'For_each_failed_data_source';
const POST = 'Post_message_in_a_chat_or_channel';

function deployedNames(): DeployedNames {
  const deployed = evaluateArmTemplate(read('generated/logic-apps/customApi.json'), testContext());
  return { customApiName: String(deployed.parameters.customApiName?.value), connectionName: String(deployed.parameters.connectionName?.value) };
}

/** Follows `$ref`s into swagger.definitions. */
function resolve(schema: any): any {
  let current = schema;
  for (let i = 0; current?.$ref && i < 20; i++) current = swagger.definitions?.[String(current.$ref).replace('#/definitions/', '')];
  return current;
}

/** Problems with the fields the loop reads from each item of the trigger's list. */
function loopFieldProblems(workflow: Record<string, any>): string[] {
  const problems: string[] = [];
  const trigger = workflow.definition.triggers[TRIGGER];
  const template = String(trigger.inputs.path).replace(/@\{encodeURIComponent\('[^']*'\)\}/g, '{dataset}');
  const pathItem = swagger.paths[template] as Record<string, any> | undefined;
  if (!pathItem) return [`the trigger's path ${template} is not in generated/`];
  const payload = resolve(pathItem['x-ms-notification-content']?.schema);
  const loop = workflow.definition.actions[LOOP];
  const listField = /^@triggerBody\(\)\?\['([^']+)'\]$/.exec(loop.foreach)?.[1];
  const list = listField ? resolve(payload?.properties?.[listField]) : undefined;
  if (list?.type !== 'array') return [`the loop runs over '${listField}', which the trigger's payload does not declare as an array`];
  const item = resolve(list.items);
  const used = JSON.stringify(loop.actions).matchAll(new RegExp(`items\\('${LOOP}'\\)\\?\\['([^']+)'\\]`, 'g'));
  for (const [, field] of used) {
    const property = resolve(item?.properties?.[field!]);
    if (!property) problems.push(`each ${listField} item has no field '${field}'`);
    // The message is text: every field it interpolates must be text or a number.
    else if (!['string', 'integer', 'number'].includes(property.type)) problems.push(`'${field}' is ${property.type}, not text`);
  }
  return problems;
}

describe('examples/refresh-failed-to-teams.workflow.json', () => {
  it('uses the connector only as generated/ defines it', () => {
    expect(checkWorkflow(sample(), swagger, deployedNames())).toEqual([]);
    expect(loopFieldProblems(sample())).toEqual([]);
  });

  it("is the refresh-failed trigger and the standard Teams action 'Post message in a chat or channel' to a channel", () => {
    const workflow = sample();
    const trigger = workflow.definition.triggers[TRIGGER];
    const operation = swagger.paths['/datasets/{dataset}/subscriptions/datasourcerefreshfailed']?.post as Record<string, unknown>;
    expect(operation.operationId).toBe('OnDataSourceRefreshFailed');
    expect(trigger.type).toBe('ApiConnectionWebhook');
    expect(trigger.inputs.path).toMatch(/\/subscriptions\/datasourcerefreshfailed$/);

    const post = workflow.definition.actions[LOOP].actions[POST];
    expect(post.type).toBe('ApiConnection');
    expect(post.inputs.host.connection.name).toBe("@parameters('$connections')['teams']['connectionId']");
    expect(workflow.parameters.$connections.value.teams.id).toMatch(/\/providers\/Microsoft\.Web\/locations\/[^/]+\/managedApis\/teams$/);
    expect(post.inputs.method).toBe('post');
    expect(post.inputs.path).toBe("/beta/teams/conversation/message/poster/Flow bot/location/@{encodeURIComponent('Channel')}");
    expect(Object.keys(post.inputs.body.recipient).sort()).toEqual(['channelId', 'groupId']);
    expect(post.inputs.body.messageBody).toContain("items('For_each_failed_data_source')?['ErrorMessage']");
  });

  it('fails when the connector changes under it', () => {
    const cases: [string, (w: Record<string, any>) => void, RegExp][] = [
      ['a field of the payload items renamed', (w) => {
        const post = w.definition.actions[LOOP].actions[POST];
        post.inputs.body.messageBody = post.inputs.body.messageBody.replace("['ErrorMessage']", "['ErrorText']");
      }, /no field 'ErrorText'/],
      ['the list the trigger delivers renamed', (w) => { w.definition.actions[LOOP].foreach = "@triggerBody()?['items']"; }, /runs over 'items'/],
      ['the trigger path gone', (w) => { w.definition.triggers[TRIGGER].inputs.path = "/datasets/@{encodeURIComponent('x')}/subscriptions/refreshfailed"; }, /not in generated/],
    ];
    for (const [label, mutate, expected] of cases) {
      const workflow = sample();
      mutate(workflow);
      const problems = [...checkWorkflow(workflow, swagger, deployedNames()).map((p) => `${p.pointer}: ${p.message}`), ...loopFieldProblems(workflow)];
      expect(problems.join('\n'), label).toMatch(expected);
    }
  });
});

describe('the sample flow against the mock backend', () => {
  it('gets every field its message reads when a refresh fails', async () => {
    const received: unknown[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body));
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const backend = await startServer({ port: 0, allowLocalCallbacks: true });
    try {
      const workflow = sample();
      const dataset = /encodeURIComponent\('([^']+)'\)/.exec(workflow.definition.triggers[TRIGGER].inputs.path)![1]!;
      const client = createClient({ baseUrl: backend.url, token: 'sample-flow' });
      const subscribed = await client.POST('/datasets/{dataset}/subscriptions/datasourcerefreshfailed', {
        params: { path: { dataset } },
        body: { callbackUrl: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/flow` },
      });
      expect(subscribed.response.status).toBe(201);
      const fired = await fetch(`${backend.url}/_control/instances/${dataset}/datasources/AnnexLoyalty/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ failed: true, errorCode: 'SourceUnreachable', errorMessage: 'The source did not answer.' }),
      });
      expect(fired.status).toBe(200);
      expect(received).toHaveLength(1);
      const items = (received[0] as { value: Record<string, unknown>[] }).value;
      expect(items.length).toBeGreaterThan(0);
      const used = [...JSON.stringify(workflow.definition.actions[LOOP].actions).matchAll(new RegExp(`items\\('${LOOP}'\\)\\?\\['([^']+)'\\]`, 'g'))].map((m) => m[1]!);
      expect(used.length).toBeGreaterThan(5);
      for (const field of used) expect(items[0], field).toHaveProperty(field);
      expect(items[0]).toMatchObject({ ErrorCode: 'SourceUnreachable', ErrorMessage: 'The source did not answer.' });
    } finally {
      await backend.close();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

