/**
 * generated/logic-apps/README.md: how to deploy the template, sign the connection in, use it from
 * a workflow, host the icon, and every difference from the Power Platform connector, all read
 * from the model the templates are written from.
 */
import { blocks, finish, heading, table } from '../readme/markdown.js';
import { type LogicAppsModel, PARAMETER, type TemplateParameter } from './model.js';
import { Expression } from './expression.js';
import { bicepExpression } from './bicep.js';

/** The marker the docs test reads: the fenced block after it needs an Azure tenant. */
export const NEEDS_TENANT = '<!-- needs-tenant -->';

export interface LogicAppsFiles {
  /** The folder, as commands run from the project root name it (`generated/logic-apps`). */
  folder: string;
  armTemplate: string;
  bicep: string;
  /** The Power Platform output folder's icon, as the same commands name it. */
  icon: string;
}

export function renderLogicAppsReadme(model: LogicAppsModel, files: LogicAppsFiles): string {
  const template = `${files.folder}/${files.armTemplate}`;
  const bicep = `${files.folder}/${files.bicep}`;
  const required = model.parameters.filter((p) => p.defaultValue === undefined);
  const passed = required.map((p) => `${p.name}=<${placeholder(p)}>`).join(' ');
  const symbols = new Set(model.resources.map((r) => r.symbol));
  const connectionKey = model.parameters.find((p) => p.name === PARAMETER.customApiName)?.defaultValue;
  const key = typeof connectionKey === 'string' ? connectionKey : 'connector';

  return finish(
    blocks(
      heading(1, `${model.displayName} for Azure Logic Apps`),
      `\`${files.armTemplate}\` (an ARM deployment template) and \`${files.bicep}\` (the same resources in Bicep) deploy the ` +
        'connector as a `Microsoft.Web/customApis` resource (API version 2016-06-01) and, unless ' +
        `\`${PARAMETER.createConnection}=false\`, a \`Microsoft.Web/connections\` resource for it. The build writes both from ` +
        'the same definition as the Power Platform files beside them: edit the definition and run `npm run build`, never these files.',
      heading(2, 'Deploy'),
      'From the project root, with the Azure CLI signed in (`az login`) and a resource group to deploy into:',
      [NEEDS_TENANT, '```sh', `az deployment group create --resource-group <rg> --template-file ${template} --parameters ${passed}`, '```'],
      'The same with Bicep (the Azure CLI compiles it):',
      [NEEDS_TENANT, '```sh', `az deployment group create --resource-group <rg> --template-file ${bicep} --parameters ${passed}`, '```'],
      model.oauth
        ? `\`${PARAMETER.clientSecret}\` is a secure parameter: it is passed at deployment and stored by Azure with the connector, never in a file of this folder.`
        : undefined,
      heading(3, 'Parameters'),
      table(
        ['Parameter', 'Type', 'Default', 'Description'],
        model.parameters.map((p) => [
          `\`${p.name}\``,
          p.type,
          p.defaultValue === undefined ? '(required)' : `\`${defaultText(p.defaultValue, symbols)}\``,
          p.description,
        ]),
      ),
      heading(2, 'Sign the connection in'),
      model.oauth
        ? 'A connection deployed by a template has no sign-in yet. In the Azure portal open the connection ' +
            `(**API connections** > \`<${PARAMETER.connectionName}>\`) > **Edit API connection** > **Authorize**, sign in, and **Save**. ` +
            'Logic Apps signs in through the consent service of the region, so the app registration needs the redirect URL ' +
            `\`https://logic-apis-<${PARAMETER.location}>.consent.azure-apim.net/redirect\` (for example ` +
            '`https://logic-apis-westeurope.consent.azure-apim.net/redirect`) besides the Power Platform one; the **Security** ' +
            "page of the custom connector in the Azure portal shows the exact address."
        : 'Open the connection in the Azure portal (**API connections**) and enter its values under **Edit API connection**.',
      heading(2, 'Use it in a workflow'),
      'A Consumption workflow reaches the connector through its `$connections` parameter: one entry per connection, naming ' +
        'the connection resource and the custom connector. Its actions use `"type": "ApiConnection"` (triggers that subscribe a ' +
        `webhook \`"type": "ApiConnectionWebhook"\`) with \`"host": { "connection": { "name": "@parameters('$connections')['${key}']['connectionId']" } }\`, ` +
        "the operation's `method` and `path`, and its query parameters under `queries`. The deployment's outputs give both ids.",
      [
        '```json',
        '"parameters": {',
        '  "$connections": {',
        '    "value": {',
        `      "${key}": {`,
        `        "connectionId": "/subscriptions/<subscription>/resourceGroups/<rg>/providers/Microsoft.Web/connections/<${PARAMETER.connectionName}>",`,
        `        "connectionName": "<${PARAMETER.connectionName}>",`,
        `        "id": "/subscriptions/<subscription>/resourceGroups/<rg>/providers/Microsoft.Web/customApis/<${PARAMETER.customApiName}>"`,
        '      }',
        '    }',
        '  }',
        '}',
        '```',
      ],
      heading(2, 'The icon'),
      `\`iconUri\` is a URL, not a file: host \`${files.icon}\` anywhere that serves it anonymously over HTTPS and pass ` +
        `\`${PARAMETER.iconUri}=<url>\` to the deployment. For example, in a storage account that allows anonymous blob access:`,
      [
        NEEDS_TENANT,
        '```sh',
        'az storage account create --resource-group <rg> --name <account> --allow-blob-public-access true',
        'az storage container create --account-name <account> --name icons --public-access blob',
        `az storage blob upload --account-name <account> --container-name icons --name icon.png --file ${files.icon}`,
        '```',
      ],
      `and pass \`${PARAMETER.iconUri}=https://<account>.blob.core.windows.net/icons/icon.png\`. Without it the platform shows its default icon.`,
      heading(2, 'Differences from the Power Platform connector'),
      '`Microsoft.Web/customApis` is not a Power Platform connector: it has no policy templates, and its connection parameters ' +
        'carry only a type and OAuth settings. Everything of the Power Platform files it has no place for, or carries ' +
        'differently, is listed here; everything else deploys as it is.',
      table(
        ['File', 'Where', 'What', 'In the Logic Apps template'],
        model.differences.map((d) => [d.file, d.pointer === undefined ? '' : d.pointer === '' ? '(whole file)' : `\`${d.pointer}\``, d.what, d.handling]),
      ),
    ),
  );
}

function placeholder(p: TemplateParameter): string {
  if (p.name === PARAMETER.backendHost) return 'host';
  if (p.name === PARAMETER.clientId) return 'id';
  if (p.name === PARAMETER.clientSecret) return 'secret';
  return p.name;
}

function defaultText(value: string | boolean | Expression, symbols: ReadonlySet<string>): string {
  if (value instanceof Expression) return bicepExpression(value.node, symbols);
  return typeof value === 'string' ? `'${value}'` : String(value);
}
