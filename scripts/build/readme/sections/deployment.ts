/**
 * `## Deployment Instructions`: paconn, `pac connector` and the maker portal, with the paths of
 * the files the build writes. paconn opens the paths in settings.json relative to the folder it
 * runs in, and the build writes them relative to the project root, so every command here runs
 * from the project root.
 */
import type { AssembledConnector } from '../../../../connector/kit/index.js';
import { blocks, heading, link, slug } from '../markdown.js';
import { OAUTH_PARAMETER, oauthSettings } from './obtaining-credentials.js';

/** Where `npm run build` writes (the build command's default output folder). */
export interface OutputFiles {
  folder: string;
  swagger: string;
  apiProperties: string;
  settings: string;
  icon: string;
}

/** The name of the connection parameter that carries the backend's address (dynamichosturl). */
export function hostParameter(connector: AssembledConnector): { name: string; displayName: string } {
  const policy = connector.apiProperties.properties.policyTemplateInstances?.find((p) => p.templateId === 'dynamichosturl');
  const template = policy?.parameters['x-ms-apimTemplateParameter.urlTemplate'];
  const name = template ? /@connectionParameters\('([^']+)'\)/.exec(template)?.[1] : undefined;
  const parameter = name ? connector.apiProperties.properties.connectionParameters[name] : undefined;
  if (!name || !parameter || parameter.type === 'oauthSetting') {
    throw new Error('README: no dynamichosturl policy naming a string connection parameter');
  }
  return { name, displayName: parameter.uiDefinition.displayName };
}

export function deploymentSection(connector: AssembledConnector, files: OutputFiles): string[] {
  const host = hostParameter(connector);
  const oauth = oauthSettings(connector);
  const path = (file: string) => `${files.folder}/${file}`;
  const credentials = link('Obtaining Credentials', slug('Obtaining Credentials'));
  return blocks(
    heading(2, 'Deployment Instructions'),
    `\`npm run build\` validates the definition and writes the connector into \`${files.folder}/\`: ` +
      `\`${files.swagger}\`, \`${files.apiProperties}\`, \`${files.icon}\`, \`${files.settings}\` and this README. ` +
      `Before the first deployment put your app registration's client id into \`${path(files.apiProperties)}\` and have ` +
      `its client secret at hand (see ${credentials}).`,
    heading(3, 'With paconn'),
    `Run paconn from the project root: it opens the paths in \`${files.settings}\` relative to the folder it runs in, ` +
      `and the build writes them as \`${files.folder}/...\`.`,
    ['```sh', 'paconn login', `paconn create --settings ${path(files.settings)} --secret <client secret>`, '```'],
    `\`paconn create\` asks for the environment unless \`${files.settings}\` names one, and writes the returned ` +
      `\`connectorId\` into \`./${files.settings}\` in the folder it runs in (the project root; that file is git-ignored, ` +
      'it is deployment state). Later updates use it:',
    ['```sh', `paconn update --settings ${files.settings} --secret <client secret>`, '```'],
    `paconn puts \`--secret\` into the \`${OAUTH_PARAMETER}\` connection parameter. To write the environment and the ` +
      `connector id into \`${path(files.settings)}\` instead, pass them to the build (or set \`CONNECTOR_ENVIRONMENT\` ` +
      'and `CONNECTOR_ID`); they belong to one deployment, so do not commit a settings file that carries them:',
    ['```sh', 'npx insights-connector build --environment <environment id> --connector-id <connector id>', '```'],
    connector.apiProperties.properties.stackOwner === undefined
      ? `This build leaves \`stackOwner\` out of \`${files.apiProperties}\`, because \`paconn update\` refuses a file ` +
        'that has it; `npx insights-connector build --profile certification` writes the certification variant to its own folder.'
      : `This build's \`${files.apiProperties}\` carries \`stackOwner\` for certification, and \`paconn update\` refuses a ` +
        'file that has it: deploy the default build (`npm run build`) with paconn.',
    heading(3, 'With the Power Platform CLI'),
    ['```sh',
      'pac auth create',
      `pac connector create --api-definition-file ${path(files.swagger)} --api-properties-file ${path(files.apiProperties)} --icon-file ${path(files.icon)} [--solution-unique-name <solution>]`,
      `pac connector update --connector-id <connector id> --api-definition-file ${path(files.swagger)} --api-properties-file ${path(files.apiProperties)} --icon-file ${path(files.icon)}`,
      '```'],
    '`pac connector` works in the environment of the active auth profile (add `--environment <environment id>` to ' +
      'choose another; it needs Dataverse there) and takes no client secret: enter it on the **Security** tab of the ' +
      'connector in the maker portal after creating it. `--solution-unique-name` adds the connector to a solution, so ' +
      'it moves between environments with it.',
    heading(3, 'With the maker portal'),
    `In Power Automate or Power Apps, open **Custom connectors** > **New custom connector** > **Import an OpenAPI file** and ` +
      `choose \`${path(files.swagger)}\`; upload \`${path(files.icon)}\` on the **General** tab. The portal reads only the ` +
      `OpenAPI file, not \`${files.apiProperties}\`: on the **Security** tab choose OAuth 2.0 with Azure Active Directory and ` +
      `enter your client id, client secret and the resource URL \`${oauth.customParameters.resourceUri.value}\` yourself. ` +
      `Without \`${files.apiProperties}\` there is no \`${host.name}\` connection parameter either, so such a connector calls ` +
      `the definition's placeholder host \`${connector.document.host}\`; use paconn or \`pac connector\` to keep the backend selectable.`,
    heading(3, 'Connecting to a backend'),
    `A custom connector's \`host\` cannot be templated, so every call goes to the address in the \`${host.name}\` ` +
      `connection parameter (shown as **${host.displayName}** when creating a connection), applied by the \`dynamichosturl\` ` +
      "policy. The connector speaks the Power Platform tabular contract (`/datasets/{dataset}/tables/{table}/items`, " +
      "pickers, webhook subscriptions), not the paths of the public Customer Insights REST API (`/v1/instances/{id}/data/…`, " +
      'which also wants an `Ocp-Apim-Subscription-Key`): point a connection at a backend that serves this contract, such as ' +
      'a gateway in front of Customer Insights or the mock backend `npm start` serves for trying flows without an ' +
      'environment. Power Platform calls the backend from the cloud, so a mock on your machine must be reachable from the ' +
      'internet (for example through a tunnel) before a connection can use it.',
  );
}
